// What only post and reply together can tell.
import { ALNUM, WORD_END, WORD_START } from '../chars';
import type { CompiledLexicon } from '../compiled';
import { execAll, mask, test, type Hit } from '../patterns';
import { foldPhrase, type Range } from '../text';

const MENTION = new RegExp(`@(?:${ALNUM}|[_.])+`, 'g');

/**
 * Does the reply say what happens next, when, or what to do, or answer the question? Stock
 * phrases, sales talk, blame and thanks are set aside first: "sera traitée dans les meilleurs
 * délais" or "découvrez notre offre à -30 %" are no next step. `orders` are imperatives found by
 * their grammar ("Redémarrez la box", "envoie-la"), which tell the person what to do.
 */
export function hasNextStep(
  text: string,
  lex: CompiledLexicon,
  ignored: readonly Range[],
  dm: Hit | null,
  orders: readonly Hit[] = [],
): boolean {
  if (dm) return true;
  const mentions = execAll(MENTION, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const set = [...ignored, ...mentions];
  if (orders.some((o) => !set.some((r) => o.start < r.end && r.start < o.end))) return true;
  return test(lex.reply.nextStep, mask(text, set));
}

/** Whether the reply greets the author by first name, whatever the case or accents. */
export function usesName(replyFolded: string, firstName: string): boolean {
  const name = foldPhrase(firstName.trim());
  if (!name) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`${WORD_START}${escaped}${WORD_END}`).test(replyFolded);
}
