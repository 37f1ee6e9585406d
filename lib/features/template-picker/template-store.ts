// The CM's templates as the content script sees them: asked from the background when a reply box
// gets focus or the picker opens, kept for a short while, and indexed once per distinct list.

import { sendMessage } from '../../messaging/client';
import type { Site, Template } from '../../schema';
import { createTemplateIndex, type TemplateIndex } from '../../templates/search';

/** Long enough that typing `/word` right after focusing never waits; short enough that an edit in the options page shows up. */
export const TEMPLATES_TTL_MS = 30_000;

export interface TemplateLibrary {
  templates: readonly Template[];
  index: TemplateIndex;
  /** Lower-cased shortcut word → the templates that use it. */
  byShortcut: ReadonlyMap<string, readonly Template[]>;
}

export interface TemplateStore {
  /** What we have now, possibly stale; null before the first answer. Synchronous, for the Tab key. */
  current(): TemplateLibrary | null;
  /** The library, asked again when older than the TTL (or when `force`); null if the background cannot answer. */
  load(opts?: { force?: boolean }): Promise<TemplateLibrary | null>;
  /** The next load asks again (usage changed after an insertion). */
  invalidate(): void;
}

// Cheap identity of a list: an unchanged list keeps its index.
const signatureOf = (templates: readonly Template[]) => templates.map((t) => `${t.id}\u0000${t.updatedAt}\u0000${t.usage.count}`).join('\u0001');

function buildLibrary(templates: readonly Template[]): TemplateLibrary {
  const byShortcut = new Map<string, Template[]>();
  for (const template of templates) {
    if (!template.shortcut) continue;
    const key = template.shortcut.toLowerCase();
    byShortcut.set(key, [...(byShortcut.get(key) ?? []), template]);
  }
  return { templates, index: createTemplateIndex(templates), byShortcut };
}

export function createTemplateStore(now: () => number = Date.now): TemplateStore {
  let library: TemplateLibrary | null = null;
  let signature = '';
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<TemplateLibrary | null> | null = null;

  const fetchList = async (): Promise<TemplateLibrary | null> => {
    const result = await sendMessage('templates/list', {});
    if (!result.ok) return library;
    fetchedAt = now();
    const next = signatureOf(result.data);
    if (!library || next !== signature) {
      library = buildLibrary(result.data);
      signature = next;
    }
    return library;
  };

  return {
    current: () => library,
    load({ force = false } = {}) {
      if (!force && library && now() - fetchedAt < TEMPLATES_TTL_MS) return Promise.resolve(library);
      pending ??= fetchList().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate() {
      fetchedAt = Number.NEGATIVE_INFINITY;
    },
  };
}

/** The template a `/word` names: one meant for this platform and brand first. */
export function templateForShortcut(library: TemplateLibrary, word: string, platform: Site, brandId: string | null): Template | null {
  const candidates = library.byShortcut.get(word.toLowerCase()) ?? [];
  const fits = (t: Template) => (t.platforms.includes('any') || t.platforms.includes(platform)) && (t.brand === null || t.brand === brandId);
  return candidates.find(fits) ?? candidates[0] ?? null;
}

/**
 * The part of a library `keep` accepts, indexed on its own: the tone hints open the picker on the
 * templates that match the post's reading ("upset", "question"), and the search stays within them.
 */
export function narrowLibrary(library: TemplateLibrary | null, keep: ((template: Template) => boolean) | undefined): TemplateLibrary | null {
  if (!library || !keep) return library;
  const templates = library.templates.filter(keep);
  return { templates, index: createTemplateIndex(templates), byShortcut: library.byShortcut };
}
