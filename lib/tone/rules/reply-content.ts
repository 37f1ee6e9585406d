// What the reply says: empathy, a move to private messages, data requests, boilerplate, sales
// talk, blame. Each rule works sentence by sentence, because a "pas besoin de" or an "en MP" only
// changes the meaning of its own sentence.
import { LETTER } from '../chars';
import type { CompiledLexicon } from '../compiled';
import { findAll, matcherOf, type Hit } from '../patterns';
import type { Range, Segment } from '../text';
import { findOutside, inRange, segmentAt } from './windows';

export type ReplyContent = {
  empathy: Hit | null;
  /** A stock apology with no other sign of empathy ("désolés pour la gêne occasionnée"). */
  formulaic: Hit | null;
  /** Canned, and canned beyond its stock apology: the apology is then part of the boilerplate. */
  boilerplate: boolean;
  dm: Hit | null;
  personalData: Hit | null;
  canned: Hit | null;
  cannedHits: Hit[];
  defensive: Hit | null;
  defensiveSentences: Range[];
  literalThanks: Hit[];
};

const LETTERS = new RegExp(LETTER, 'g');

function sameSentence(segments: readonly Segment[], a: number, b: number): boolean {
  const s = segmentAt(segments, a);
  return s !== null && b >= s.start && b < s.end;
}

// A "no need to" only cancels a DM in its own clause: "Never share your card here; DM us" invites.
const CLAUSE_BREAK = /[;,:]/;

function readDm(text: string, segments: readonly Segment[], lex: CompiledLexicon): Hit | null {
  const blockers = findAll(lex.reply.dmBlockers, text);
  for (const h of findAll(lex.reply.dmInvite, text)) {
    const blocked = blockers.some(
      (b) => b.end <= h.start && sameSentence(segments, h.start, b.start) && !CLAUSE_BREAK.test(text.slice(b.end, h.start)),
    );
    if (!blocked) return h;
  }
  return null;
}

function readPersonalData(text: string, segments: readonly Segment[], lex: CompiledLexicon, dm: Hit | null): Hit | null {
  const r = lex.reply;
  const nouns = findAll(r.dataNouns, text);
  if (!nouns.length) return null;
  const requests = findAll(r.dataRequests, text);
  const safe = [...findAll(r.dataSafeChannels, text), ...findAll(r.dmInvite, text), ...findAll(r.dataWarnings, text)];
  for (const seg of segments) {
    const noun = inRange(nouns, seg)[0];
    if (!noun || !inRange(requests, seg).length) continue;
    if (inRange(safe, seg).length || (dm && dm.start >= seg.start && dm.start < seg.end)) continue;
    return noun;
  }
  return null;
}

function readCanned(text: string, lex: CompiledLexicon): { first: Hit | null; hits: Hit[] } {
  const hits = findAll(lex.reply.canned, text);
  // Two stock phrases, or one that makes up most of a short reply, is boilerplate.
  const only = hits.length === 1 ? hits[0] : undefined;
  const letters = only ? (text.match(LETTERS)?.length ?? 0) : 0;
  const canned = hits.length >= 2 || (only !== undefined && letters > 0 && (only.text.match(LETTERS)?.length ?? 0) / letters >= 0.35);
  return { first: canned ? (hits[0] ?? null) : null, hits };
}

function readDefensive(
  text: string,
  segments: readonly Segment[],
  lex: CompiledLexicon,
  complaint: boolean,
): { first: Hit | null; sentences: Range[] } {
  const owning = findAll(lex.reply.owning, text);
  // "Consultez nos CGV" answers "où sont vos CGV ?" but brushes off a complaint.
  const referrals = complaint ? findAll(lex.reply.referral, text) : [];
  const hits = [...findOutside(lex.reply.defensive, text, owning), ...referrals].sort((a, b) => a.start - b.start).filter(
    (h) => !owning.some((o) => sameSentence(segments, h.start, o.start)),
  );
  const sentences = hits.map((h) => segmentAt(segments, h.start) ?? h);
  return { first: hits[0] ?? null, sentences };
}

/** `complaint`: the post is a complaint, or there is no post to tell. */
export function readReplyContent(text: string, segments: readonly Segment[], lex: CompiledLexicon, complaint: boolean): ReplyContent {
  const r = lex.reply;
  const formulaicHits = findAll(r.formulaicApology, text);
  const empathy = findOutside(r.empathy, text, [...formulaicHits, ...findAll(r.empathyBlockers, text)])[0] ?? null;
  const dm = readDm(text, segments, lex);
  const canned = readCanned(text, lex);
  const defensive = readDefensive(text, segments, lex, complaint);
  const beyondApology = canned.hits.some((h) => !formulaicHits.some((f) => h.start < f.end && f.start < h.end));
  return {
    empathy,
    formulaic: empathy ? null : (formulaicHits[0] ?? null),
    boilerplate: canned.first !== null && beyondApology,
    dm,
    personalData: readPersonalData(text, segments, lex, dm),
    canned: canned.first,
    cannedHits: canned.hits,
    defensive: defensive.first,
    defensiveSentences: defensive.sentences,
    literalThanks: findAll(r.literalThanks, text),
  };
}

// A web address: "acme.fr/offres", "https://…", "www.…".
const LINK = /(?:https?:\/\/|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|uk|fr|be|ch|ca|net|org|io|shop|store|app|eu)(?:\/\S*)?/g;

/**
 * Sentences pushing an offer; a refund or a gift for the trouble in the same sentence is not one.
 * In a reply that sells, a bare link ("Check out acme.com/ultra") points to the offer too.
 */
export function salesSentences(text: string, segments: readonly Segment[], lex: CompiledLexicon): { first: Hit | null; sentences: Range[] } {
  const compensation = findAll(lex.reply.compensation, text);
  const paid = (pos: number): boolean => compensation.some((c) => sameSentence(segments, pos, c.start));
  const hits = findAll(lex.reply.salesy, text).filter((h) => !paid(h.start));
  if (!hits.length) return { first: null, sentences: [] };
  const pitch = hits.map((h) => segmentAt(segments, h.start) ?? h);
  const links = findAll(matcherOf(LINK), text).filter((l) => !paid(l.start));
  return { first: hits[0] ?? null, sentences: [...pitch, ...links.map((l) => segmentAt(segments, l.start) ?? l)] };
}
