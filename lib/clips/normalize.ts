/**
 * Text folding shared by the library search and the watch-term highlight: case, accents and
 * ligatures do not matter to a CM typing "cafe" for "Café" or "oeuvre" for "Œuvre". Pure.
 */

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const MARKS = /[\u0300-\u036f]/gu;
const LIGATURE = /[œæßﬁﬂ]/gu;

/** Lower case, without accents or ligatures; everything else kept as is. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII (most posts, most queries) needs neither normalisation nor the ligature pass.
  if (!/[^\x00-\x7f]/u.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(LIGATURE, (c) => LIGATURES[c] ?? c);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, folded: "L’équipe #Café_Lumière" → ["l", "equipe", "cafe", "lumiere"]. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}
