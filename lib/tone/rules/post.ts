// Reading the incoming post: is it a complaint, an attack, irony, a question, praise, a threat?
import { ALNUM, LETTER } from '../chars';
import { EMOJI, type CompiledLexicon } from '../compiled';
import { execAll, findAll, mask, test, type Hit } from '../patterns';
import { sentences, type Folded, type Segment } from '../text';
import { after, before, earliest, findOutside, isNegated, segmentAt } from './windows';

export type PostReading = {
  /** The post asks about prices or offers, so an offer in the reply may be the answer. */
  offers: boolean;
  upset: Hit | null;
  hostile: Hit | null;
  sarcasm: Hit | null;
  question: Hit | null;
  praise: Hit | null;
  escalation: Hit | null;
};

type Signals = {
  text: string;
  segments: Segment[];
  compliments: Hit[];
  thanks: Hit[];
  complaint: Hit[];
  contrast: Hit[];
};

const QUOTED = new RegExp(`"\\s*([^"\\n]{2,40}?)\\s*"|(?<!${LETTER})'([^'\\n]{2,25})'(?!${LETTER})`, 'g');
const NON_WORD = new RegExp(`(?:(?!${ALNUM})[^' ])+`, 'g');
// What may come before a mock-praise opener in its sentence, and what must follow it.
const OPENER_LEAD = /^[\s"'(*_-]*(?:(?:ah|oh|eh|bah|ben|well|wow|so)[\s,!.]+)?$/;
// A vocative may stand between the opener and its comma: "Way to go guys,", "Bravo les gars,".
const OPENER_TAIL = /^\s*(?:@[\w.]+\s*)?(?:(?:guys|team|folks|everyone|people|les gars|l'equipe|la team|les amis|les pros)\s*)?(?:[,!:.]|$)/;
// Mock praise whose object is the problem: "Quelle joie de recevoir un colis vide", "Love how it broke".
const OBJECT_TAIL = /^\s+(?:de|d'|to|when|quand|how|que|qu'|that|a|an|the|le|la|les|l'|un|une|ce|cette|ces)(?![a-z])/;
const CLAUSE_MARK = /[,;:]/g;
// Words that turn the object into good news after all: "Génial de pouvoir enfin me connecter malgré la panne".
const RELIEF = /(?:^|[^a-z])(?:enfin|malgre|finally|despite|at last)(?![a-z])/;
const THANKS_FOR = new RegExp(`^\\s+(?:${LETTER}+\\s+){0,2}(?:pour|for)\\s`);

function resolvedNear(lex: CompiledLexicon, text: string, h: Hit): boolean {
  return test(lex.post.resolved, before(text, h.start, 30)) || test(lex.post.resolved, after(text, h.end, 30));
}

/** "La garantie couvre les pannes ?" asks about a policy; "ma box est en panne ?" is a problem. */
function isGeneralQuestion(text: string, seg: Segment | null, lex: CompiledLexicon): boolean {
  if (!seg) return false;
  const sentence = text.slice(seg.start, seg.end);
  const asks = seg.mark.includes('?') || test(lex.post.questionForms, sentence);
  return asks && !test(lex.post.firstPerson, sentence);
}

function readSignals(f: Folded, lex: CompiledLexicon): Signals {
  const p = lex.post;
  const text = mask(f.text, [...findAll(p.neutral, f.text), ...findAll(p.politeness, f.text)]);
  const idioms = findAll(p.praiseIdioms, text);
  const positives = findOutside(p.positive, text, idioms);
  const negatedPositives = positives.filter((h) => isNegated(text, h.start, lex.negation));
  const compliments = [...idioms, ...positives.filter((h) => !negatedPositives.includes(h))];
  const thanks = findAll(p.thanks, text).filter((h) => !isNegated(text, h.start, lex.negation));
  // A praise idiom ("can't fault", "pas mal") is not also a complaint.
  const negatives = findOutside(p.negative, text, idioms).filter((h) => !isNegated(text, h.start, lex.negation));
  const segments = sentences(text);
  // One reading per sentence, however many problem nouns it holds.
  const general = new Map<Segment | null, boolean>();
  const inGeneralQuestion = (pos: number): boolean => {
    const seg = segmentAt(segments, pos);
    let known = general.get(seg);
    if (known === undefined) {
      known = isGeneralQuestion(text, seg, lex);
      general.set(seg, known);
    }
    return known;
  };
  const nouns = findOutside(p.problemNouns, text, idioms).filter(
    (h) => !lex.nounNegation.test(before(text, h.start, 30)) && !resolvedNear(lex, text, h) && !inGeneralQuestion(h.start),
  );
  const complaint = [
    ...negatives,
    ...negatedPositives,
    ...findOutside(p.problems, text, idioms),
    ...nouns,
    ...findOutside(p.indignation, text, idioms),
    ...findAll(EMOJI.sad, text),
  ];
  // "Sidéré" next to "une masterclass" and 😍, or "j'en reviens pas… merci !", is amazement;
  // alone it is shock at a problem.
  if (!compliments.length && !thanks.length) {
    complaint.push(...findOutside(p.astonishment, text, idioms).filter((h) => !isNegated(text, h.start, lex.negation)));
  }
  if (!compliments.length) complaint.push(...findOutside(p.repetition, text, idioms));
  return { text, segments, compliments, thanks, complaint, contrast: findAll(p.contrast, text) };
}

/** Praise, then "mais"/"but", then the gripe: a sincere message with a small reservation. */
function isMixed(s: Signals): boolean {
  return s.contrast.some(
    (c) => s.compliments.some((x) => x.end <= c.start) && s.complaint.every((x) => x.start >= c.start),
  );
}

function readEscalation(s: Signals, lex: CompiledLexicon): Hit | null {
  const p = lex.post;
  const hedged = (pos: number): boolean => {
    const seg = segmentAt(s.segments, pos);
    return seg ? test(p.escalationHedges, s.text.slice(seg.start, seg.end)) : false;
  };
  for (const h of findAll(p.escalation, s.text)) if (!hedged(h.start)) return h;
  for (const t of findAll(p.escalationTargets, s.text)) {
    const seg = segmentAt(s.segments, t.start);
    const from = Math.max(seg?.start ?? 0, t.start - 80);
    const actions = findAll(p.escalationActions, s.text.slice(from, t.start));
    const action = actions[actions.length - 1];
    if (action && !hedged(t.start)) {
      const start = from + action.start;
      return { start, end: t.end, text: s.text.slice(start, t.end) };
    }
  }
  return null;
}

function scareQuote(s: Signals, lex: CompiledLexicon): Hit | null {
  for (const m of execAll(QUOTED, s.text)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (lex.post.quotableExact.test(inner)) return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return null;
}

function mockOpener(s: Signals, lex: CompiledLexicon): Hit | null {
  for (const o of findAll(lex.post.ironicOpeners, s.text)) {
    const seg = segmentAt(s.segments, o.start);
    if (!seg || !OPENER_LEAD.test(s.text.slice(seg.start, o.start))) continue;
    if (test(lex.post.thanks, o.text)) continue;
    if (OPENER_TAIL.test(s.text.slice(o.end, Math.min(seg.end, o.end + 40)))) return o;
    if (!OBJECT_TAIL.test(s.text.slice(o.end, Math.min(seg.end, o.end + 12)))) continue;
    const target = s.complaint.find((c) => c.start >= o.end && c.start < seg.end);
    if (target && !RELIEF.test(s.text.slice(o.end, target.start)) && !test(lex.post.contrast, s.text.slice(o.end, target.start))) {
      return { start: o.start, end: target.end, text: s.text.slice(o.start, target.end) };
    }
  }
  return null;
}

/** "Merci pour la coupure", "cheers for the price rise": thanks whose object is the problem. */
function thanksForProblem(s: Signals, lex: CompiledLexicon): Hit | null {
  for (const t of s.thanks) {
    if (!THANKS_FOR.test(s.text.slice(t.end, t.end + 20))) continue;
    const target = s.complaint.find((c) => c.start >= t.end && c.start - t.end <= 40);
    if (!target) continue;
    const between = s.text.slice(t.end, target.start);
    if (/[,;:.!?]/.test(between) || test(lex.post.contrast, between)) continue;
    return { start: t.start, end: target.end, text: s.text.slice(t.start, target.end) };
  }
  return null;
}

/** A sentence made only of praise ("Sympa.", "Lovely.") next to a problem stated elsewhere. */
/** Sentences, and the clauses between their commas: "Encore une coupure, trop bien, …". */
function clauses(s: Signals): Segment[] {
  const out: Segment[] = [];
  for (const seg of s.segments) {
    let start = seg.start;
    for (const m of execAll(CLAUSE_MARK, s.text.slice(seg.start, seg.end))) {
      out.push({ start, end: seg.start + m.index, mark: m[0] });
      start = seg.start + m.index + 1;
    }
    out.push({ start, end: seg.end, mark: seg.mark });
  }
  return out;
}

/** A sentence or clause made only of praise ("Sympa.", "…, trop bien, …") next to a problem stated elsewhere. */
function ironicShort(s: Signals, lex: CompiledLexicon): Hit | null {
  for (const seg of clauses(s)) {
    const words = s.text.slice(seg.start, seg.end).replace(NON_WORD, ' ').replace(/\s+/g, ' ').trim();
    const core = words.replace(lex.post.intensifierLead, '');
    // "Trop bien" is praise whole; "vraiment génial" is praise once the intensifier goes.
    if (!core || !(lex.post.ironicShortExact.test(words) || lex.post.ironicShortExact.test(core))) continue;
    if (!s.complaint.some((c) => c.start < seg.start || c.start >= seg.end)) continue;
    return { start: seg.start, end: seg.end, text: s.text.slice(seg.start, seg.end).trim() };
  }
  return null;
}

function readSarcasm(s: Signals, lex: CompiledLexicon): Hit | null {
  const explicit = findAll(lex.post.sarcasm, s.text)[0];
  if (explicit) return explicit;
  const irony = findAll(EMOJI.irony, s.text)[0];
  if (irony && (s.compliments.length || s.complaint.length)) return irony;
  if (!s.complaint.length) return null;
  const quoted = scareQuote(s, lex);
  if (quoted) return quoted;
  if (isMixed(s)) return null;
  const cue = mockOpener(s, lex) ?? thanksForProblem(s, lex) ?? ironicShort(s, lex);
  if (cue) return cue;
  const clap = findAll(EMOJI.clap, s.text).find((h) => h.text.startsWith('👏') || s.compliments.length > 0);
  return clap ?? null;
}

function readQuestion(s: Signals, lex: CompiledLexicon, hostile: readonly Hit[]): Hit | null {
  const p = lex.post;
  for (const seg of s.segments) {
    const sentence = s.text.slice(seg.start, seg.end);
    if (!seg.mark.includes('?') && !test(p.questionForms, sentence)) continue;
    if (test(p.rhetorical, sentence) || test(p.indignation, sentence)) continue;
    if (hostile.some((h) => h.start >= seg.start && h.start < seg.end)) continue;
    const lead = sentence.length - sentence.trimStart().length;
    return { start: seg.start + lead, end: seg.end, text: sentence.trim() };
  }
  return null;
}

function readPraise(s: Signals, question: Hit | null): Hit | null {
  // Thanks closing a question ("… une idée ? Merci") is courtesy, not praise.
  const candidates = question ? s.compliments : [...s.compliments, ...s.thanks];
  if (!candidates.length) return null;
  if (s.complaint.length && !isMixed(s)) return null;
  return earliest(candidates);
}

export function readPost(f: Folded, lex: CompiledLexicon): PostReading {
  const s = readSignals(f, lex);
  const hostileHits = findAll(lex.post.hostile, s.text);
  const hostile = hostileHits[0] ?? null;
  const escalation = readEscalation(s, lex);
  const sarcasm = readSarcasm(s, lex);
  const question = readQuestion(s, lex, hostileHits);
  const angry = findAll(EMOJI.angry, s.text);
  const upset = earliest(s.complaint, angry, hostileHits, escalation ? [escalation] : [], sarcasm ? [sarcasm] : []);
  const praise = sarcasm || hostile || escalation || angry.length ? null : readPraise(s, question);
  return { offers: test(lex.post.offerTopics, s.text), upset, hostile, sarcasm, question, praise, escalation };
}
