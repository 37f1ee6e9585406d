import { LEXICONS } from './compiled';
import { detectLang } from './lang';
import type { Hit } from './patterns';
import { hasNextStep, usesName } from './rules/context';
import { readPost, type PostReading } from './rules/post';
import { readRegister } from './rules/register';
import { readReplyContent, salesSentences } from './rules/reply-content';
import { emojiOveruse, excessPunctuation, profanity, shouting, slang, tooLongForX, type Finding } from './rules/reply-style';
import { HINT_IDS, SEVERITY, type Hint, type HintId, type ToneInput } from './schema';
import { fold, sentences, toOriginal, type Folded } from './text';

const NO_POST: PostReading = { offers: false, upset: null, hostile: null, sarcasm: null, question: null, praise: null, escalation: null };
const ORDER = new Map<HintId, number>(HINT_IDS.map((id, i) => [id, i]));

class Hints {
  readonly list: Hint[] = [];

  constructor(
    private readonly post: Folded,
    private readonly reply: Folded,
  ) {}

  /** A hint about the post: the reason quotes the post, there is nothing to underline. */
  fromPost(id: HintId, h: Hit | null): void {
    if (!h) return;
    const r = toOriginal(this.post, h.start, h.end);
    this.list.push({ id, severity: SEVERITY[id], reason: this.post.original.slice(r.start, r.end).trim() });
  }

  /** A hint about words of the reply, underlined where the CM typed them. */
  fromReply(id: HintId, h: Hit | null): void {
    if (!h) return;
    const span = toOriginal(this.reply, h.start, h.end);
    this.list.push({ id, severity: SEVERITY[id], reason: this.reply.original.slice(span.start, span.end).trim(), span });
  }

  /** Findings made on the original reply already carry original offsets. */
  fromFinding(id: HintId, f: Finding | null): void {
    if (f) this.list.push({ id, severity: SEVERITY[id], reason: f.reason, span: { start: f.start, end: f.end } });
  }

  plain(id: HintId, reason: string): void {
    this.list.push({ id, severity: SEVERITY[id], reason });
  }
}

function protectedWords(input: ToneInput): Set<string> {
  const names = `${input.brand.name} ${input.author.firstName ?? ''} ${input.author.name ?? ''}`;
  return new Set(names.toUpperCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * Tone hints for a reply being drafted to a post. Pure and synchronous: the composer calls it on
 * every pause in typing. Hints come in catalogue order; an empty post gives only reply hints and
 * an empty reply only post hints.
 */
export function analyze(input: ToneInput): Hint[] {
  const post = fold(input.post);
  const reply = fold(input.reply);
  const hasPost = input.post.trim().length > 0;
  const hasReply = input.reply.trim().length > 0;
  const hints = new Hints(post, reply);

  const reading = hasPost ? readPost(post, LEXICONS[input.lang ?? detectLang(input.post)]) : NO_POST;
  hints.fromPost('in.upset', reading.upset);
  hints.fromPost('in.hostile', reading.hostile);
  hints.fromPost('in.sarcasm', reading.sarcasm);
  hints.fromPost('in.question', reading.question);
  hints.fromPost('in.praise', reading.praise);
  hints.fromPost('in.escalation', reading.escalation);
  if (!hasReply) return hints.list;

  const lang = input.lang ?? detectLang(input.reply);
  const lex = LEXICONS[lang];
  const segments = sentences(reply.text);
  const complaint = Boolean(reading.upset || reading.hostile || reading.escalation || reading.sarcasm);
  const content = readReplyContent(reply.text, segments, lex, complaint || !hasPost);
  // Sales talk is never a next step, but it is only a warning to someone who is unhappy.
  const sales = salesSentences(reply.text, segments, lex);

  hints.fromReply('rep.empathy', content.empathy);
  hints.fromReply('rep.dm_invite', content.dm);
  hints.fromReply('rep.defensive', content.defensive);
  hints.fromReply('rep.personal_data_public', content.personalData);
  hints.fromReply('rep.canned', content.canned);
  if (complaint) hints.fromReply('rep.salesy', sales.first);
  hints.fromFinding('rep.shouting', shouting(input.reply, protectedWords(input)));
  hints.fromFinding('rep.excess_punct', excessPunctuation(input.reply));
  hints.fromFinding('rep.emoji_overuse', emojiOveruse(input.reply));
  if (input.platform === 'x') hints.fromFinding('rep.too_long', tooLongForX(input.reply));

  const register = lang === 'fr' ? readRegister(reply) : null;
  const firstTu = register?.tu[0] ?? null;
  const firstVous = register?.vous[0] ?? null;
  if (firstTu && firstVous) {
    hints.fromReply('rep.tu_vous_mix', input.brand.register === 'vous' ? firstTu : firstVous);
  }
  hints.fromReply('rep.profanity', profanity(reply, lex));
  hints.fromReply('rep.slang', slang(reply, lex));

  if (hasPost) {
    // A stock apology is neither empathy nor its absence, unless the whole reply is boilerplate.
    if ((reading.upset || reading.hostile) && !content.empathy && (!content.formulaic || content.boilerplate)) {
      hints.fromPost('ctx.missing_empathy', reading.hostile ?? reading.upset);
    }
    if (complaint || reading.question) {
      // Offer details are an answer when the person asked about prices, and talk past them otherwise.
      const pitch = complaint || !reading.offers ? sales.sentences : [];
      const ignored = [...content.cannedHits, ...content.defensiveSentences, ...content.literalThanks, ...pitch];
      // Asking for what is needed to act ("pouvez-vous nous indiquer…") is itself a next step.
      if (!content.personalData && !hasNextStep(reply.text, lex, ignored, content.dm, register?.orders)) {
        hints.fromPost('ctx.missing_next_step', reading.question ?? reading.upset ?? reading.hostile ?? reading.escalation);
      }
    }
    const firstName = input.author.firstName;
    if (firstName && !usesName(reply.text, firstName)) hints.plain('ctx.use_name', firstName);
  }
  if (register && !(firstTu && firstVous)) {
    if (firstTu && input.brand.register === 'vous') hints.fromReply('ctx.register', firstTu);
    if (firstVous && input.brand.register === 'tu') hints.fromReply('ctx.register', firstVous);
  }
  if (reading.sarcasm && !content.empathy) hints.fromReply('ctx.sarcasm_literal', content.literalThanks[0] ?? null);

  return hints.list.sort((a, b) => (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0));
}
