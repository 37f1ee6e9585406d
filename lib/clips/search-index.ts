import type { Site } from '../schema/common';
import type { ClipSummary } from '../protocol/clips';
import { words } from './normalize';

/**
 * The watch library's search: an inverted index over author, handle, text, tags, competitor and
 * note, built in the options page from the clips it loaded. Every query word matches as a word
 * prefix ("rembours" finds "remboursement"), accents and case ignored, and all words must match.
 * Results come newest saved first. Pure; edits update it in place (no rebuild), so typing
 * stays fast on a library of 50,000 clips (bench/clips.bench.ts).
 */

export interface ClipFilters {
  site?: Site | null;
  /** Exact competitor; '' means clips with none. */
  competitor?: string | null;
  tag?: string | null;
  /** Saved at or after (ms since epoch). */
  fromMs?: number | null;
  /** Saved before (ms since epoch). */
  toMs?: number | null;
}

export interface ClipIndex {
  readonly size: number;
  /** Bumped on every change, for memoising views of the index. */
  readonly version: number;
  upsert(clips: readonly ClipSummary[]): void;
  remove(ids: readonly string[]): void;
  get(id: string): ClipSummary | undefined;
  search(query: string, filters?: ClipFilters): ClipSummary[];
  /** Every clip, newest first. */
  all(): ClipSummary[];
  competitors(): string[];
  tags(): string[];
}

function searchableText(clip: ClipSummary): string {
  return `${clip.authorName} ${clip.authorHandle ?? ''} ${clip.text} ${clip.tags.join(' ')} ${clip.competitor ?? ''} ${clip.note}`;
}

/** First index in sorted `list` whose value is >= `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createClipIndex(initial: readonly ClipSummary[] = []): ClipIndex {
  const docs: Array<ClipSummary | null> = []; // by slot; null once removed or replaced
  const savedMs: number[] = [];
  const slotOf = new Map<string, number>();
  const postings = new Map<string, number[]>();
  let vocab: string[] = [];
  let newWords: string[] = [];
  let order: number[] = []; // live and dead slots, newest first; dead ones are skipped
  let unordered: number[] = [];
  let marks = new Uint32Array(0);
  let generation = 0;
  let version = 0;
  let dead = 0;
  let facets: { version: number; competitors: string[]; tags: string[] } | null = null;

  const newer = (a: number, b: number) => (savedMs[b] as number) - (savedMs[a] as number) || ((docs[b]?.id ?? '') < (docs[a]?.id ?? '') ? -1 : 1);

  function add(clip: ClipSummary): void {
    const old = slotOf.get(clip.id);
    if (old !== undefined) {
      docs[old] = null;
      dead++;
    }
    const slot = docs.length;
    docs.push(clip);
    savedMs.push(Date.parse(clip.savedAt));
    slotOf.set(clip.id, slot);
    unordered.push(slot);
    for (const word of words(searchableText(clip))) {
      let list = postings.get(word);
      if (!list) {
        list = [];
        postings.set(word, list);
        newWords.push(word);
      }
      // Words of one clip are added together, so a repeat is always the last entry.
      if (list[list.length - 1] !== slot) list.push(slot);
    }
  }

  /** Rebuilds postings without the slots of removed or replaced clips, once they pile up. */
  function compact(): void {
    const live = docs.filter((d): d is ClipSummary => d !== null);
    docs.length = 0;
    savedMs.length = 0;
    slotOf.clear();
    postings.clear();
    vocab = [];
    newWords = [];
    order = [];
    unordered = [];
    dead = 0;
    for (const clip of live) add(clip);
  }

  function settle(): void {
    if (newWords.length > 0) {
      // Many new words (the first load): one sort. A few (an edit): insert each in place.
      if (newWords.length > vocab.length / 8) vocab = [...vocab, ...newWords].sort();
      else for (const word of newWords) vocab.splice(lowerBound(vocab, word), 0, word);
      newWords = [];
    }
    if (unordered.length > 0) {
      if (unordered.length > 64) order = [...order.filter((s) => docs[s] !== null), ...unordered].sort(newer);
      else {
        for (const slot of unordered) {
          let lo = 0;
          let hi = order.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (newer(order[mid] as number, slot) < 0) lo = mid + 1;
            else hi = mid;
          }
          order.splice(lo, 0, slot);
        }
      }
      unordered = [];
    }
    if (marks.length < docs.length) marks = new Uint32Array(Math.max(docs.length * 2, 1024));
  }

  /** Marks slots holding every query word; returns the mark value a matching slot carries. */
  function markMatches(queryWords: readonly string[]): number {
    if (generation + queryWords.length + 2 > 0xffffffff) {
      marks.fill(0);
      generation = 0;
    }
    const base = generation;
    generation += queryWords.length + 1;
    queryWords.forEach((prefix, k) => {
      const expect = base + k;
      const next = base + k + 1;
      for (let i = lowerBound(vocab, prefix); i < vocab.length && (vocab[i] as string).startsWith(prefix); i++) {
        const list = postings.get(vocab[i] as string) ?? [];
        for (const slot of list) if (k === 0 || marks[slot] === expect) marks[slot] = next;
      }
    });
    return base + queryWords.length;
  }

  function passes(clip: ClipSummary, slot: number, f: ClipFilters): boolean {
    if (f.site && clip.site !== f.site) return false;
    if (f.competitor !== undefined && f.competitor !== null && (clip.competitor ?? '') !== f.competitor) return false;
    if (f.tag && !clip.tags.includes(f.tag)) return false;
    const ms = savedMs[slot] as number;
    if (f.fromMs !== undefined && f.fromMs !== null && ms < f.fromMs) return false;
    if (f.toMs !== undefined && f.toMs !== null && ms >= f.toMs) return false;
    return true;
  }

  const index: ClipIndex = {
    get size() {
      return slotOf.size;
    },
    get version() {
      return version;
    },
    upsert(clips) {
      for (const clip of clips) add(clip);
      if (dead > 1000 && dead > docs.length / 4) compact();
      version++;
    },
    remove(ids) {
      for (const id of ids) {
        const slot = slotOf.get(id);
        if (slot === undefined) continue;
        docs[slot] = null;
        slotOf.delete(id);
        dead++;
      }
      if (dead > 1000 && dead > docs.length / 4) compact();
      version++;
    },
    get(id) {
      const slot = slotOf.get(id);
      return slot === undefined ? undefined : (docs[slot] ?? undefined);
    },
    search(query, filters = {}) {
      settle();
      const queryWords = [...new Set(words(query))];
      const wanted = queryWords.length > 0 ? markMatches(queryWords) : -1;
      const out: ClipSummary[] = [];
      for (const slot of order) {
        const clip = docs[slot];
        if (!clip || (wanted >= 0 && marks[slot] !== wanted)) continue;
        if (passes(clip, slot, filters)) out.push(clip);
      }
      return out;
    },
    all() {
      return index.search('');
    },
    competitors() {
      return computeFacets().competitors;
    },
    tags() {
      return computeFacets().tags;
    },
  };

  function computeFacets(): { competitors: string[]; tags: string[] } {
    if (facets?.version === version) return facets;
    const competitors = new Set<string>();
    const tags = new Set<string>();
    for (const clip of docs) {
      if (!clip) continue;
      if (clip.competitor) competitors.add(clip.competitor);
      for (const tag of clip.tags) tags.add(tag);
    }
    const sort = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
    facets = { version, competitors: sort(competitors), tags: sort(tags) };
    return facets;
  }

  index.upsert(initial);
  return index;
}
