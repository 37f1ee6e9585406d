import { execAll } from './exec';
import type { Lang } from './schema';

// A comment is short, so a handful of the commonest function words is enough to tell French
// from English; ties go to accents, then to French, our first users' language.
const FR = new Set(
  "le la les de des du un une et est je j' vous nous on pour pas que qui dans sur avec ce c' ça ca mon ma mes votre vos ne n' en au aux il elle merci bonjour très tres mais ou où d' l' qu' s' m' t' tu te ton ta tes rien depuis toujours encore".split(' '),
);
const EN = new Set(
  'the a an and is are was were you we i to of in for not my your it this that with on have has be thanks thank hi hello at but or so just me our still been do does did no can will would they them what how why'.split(' '),
);
const WORD = /[a-z\u00e0-\u00ff\u0153]+'?/g;
const ACCENT = /[àâçéèêëîïôûùüÿœ]/i;

// The opening of a long text says enough about its language.
const SAMPLE = 600;

export function detectLang(text: string): Lang {
  let fr = 0;
  let en = 0;
  for (const m of execAll(WORD, text.slice(0, SAMPLE).toLowerCase().replace(/’/g, "'"))) {
    const w = m[0];
    if (FR.has(w)) fr += 1;
    if (EN.has(w)) en += 1;
  }
  if (fr !== en) return fr > en ? 'fr' : 'en';
  if (ACCENT.test(text.slice(0, SAMPLE))) return 'fr';
  return en > 0 ? 'en' : 'fr';
}
