import { describe, expect, it } from 'vitest';
import { analyze, detectLang, HINT_IDS, HintSchema, SEVERITY, ToneInputSchema } from '../../../lib/tone';
import { fold, toOriginal } from '../../../lib/tone/text';
import { hintsOf, idsOf, input } from './draft';

describe('fold', () => {
  it('folds case and accents once and keeps a map back to the original', () => {
    const f = fold('DÉÇU, vraiment déçue… Œuvre');
    expect(f.text).toBe('decu, vraiment decue... oeuvre');
    const at = f.text.indexOf('oeuvre');
    expect(toOriginal(f, at, at + 6)).toEqual({ start: 22, end: 27 });
  });

  it('turns curly quotes and apostrophes straight', () => {
    expect(fold('l’équipe « top »').text).toBe('l\'equipe " top "');
  });

  it('keeps emoji one-to-one so offsets survive', () => {
    const f = fold('ok 😊 top');
    expect(f.text).toHaveLength('ok 😊 top'.length);
    expect(toOriginal(f, 6, 9)).toEqual({ start: 6, end: 9 });
  });
});

describe('detectLang', () => {
  it.each([
    ['Bonjour, ma commande est toujours pas arrivée', 'fr'],
    ['Hi, my order still has not arrived', 'en'],
    ['Merci !', 'fr'],
    ['Thanks!', 'en'],
    ['Génial', 'fr'],
  ] as const)('reads %s as %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('is used per text when no language is given', () => {
    const ids = idsOf({ post: 'Très déçue, colis jamais arrivé.', reply: 'So sorry about that, DM us!' });
    expect(ids).toEqual(expect.arrayContaining(['in.upset', 'rep.empathy', 'rep.dm_invite']));
  });
});

describe('analyze', () => {
  it('returns hints that match the schema, in catalogue order, with catalogue severities', () => {
    const hints = hintsOf({
      post: 'Toujours pas reçu ma commande, je suis furieuse. Vous faites quoi ?',
      reply: 'NOUS NE SOMMES PAS RESPONSABLES !!! 😡😡😡😡😡',
      platform: 'x',
      lang: 'fr',
      author: { firstName: 'Zoé' },
    });
    expect(hints.length).toBeGreaterThan(4);
    for (const h of hints) {
      expect(HintSchema.parse(h)).toEqual(h);
      expect(h.severity).toBe(SEVERITY[h.id]);
    }
    const order = hints.map((h) => HINT_IDS.indexOf(h.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('locates reply hints in the reply and quotes the words', () => {
    const reply = 'Bonjour, comme indiqué dans nos CGV, le retour est payant.';
    const hint = hintsOf({ post: 'Retour payant ? Scandaleux.', reply, lang: 'fr' }).find((h) => h.id === 'rep.defensive');
    expect(hint?.reason).toBe('comme indiqué dans nos');
    expect(hint?.span && reply.slice(hint.span.start, hint.span.end)).toBe('comme indiqué dans nos');
  });

  it('gives only post hints for an empty reply, and only reply hints for an empty post', () => {
    const postOnly = idsOf({ post: 'Encore une panne, ras le bol.', reply: '   ', lang: 'fr', author: { firstName: 'Lina' } });
    expect(postOnly.every((id) => id.startsWith('in.'))).toBe(true);
    expect(postOnly).toContain('in.upset');
    const replyOnly = idsOf({ post: '', reply: 'Merde, désolé !!!', lang: 'fr', author: { firstName: 'Lina' } });
    expect(replyOnly.every((id) => id.startsWith('rep.'))).toBe(true);
    expect(replyOnly).toEqual(expect.arrayContaining(['rep.profanity', 'rep.excess_punct']));
  });

  it('accepts only well-formed input through its schema', () => {
    expect(ToneInputSchema.safeParse(input({ post: 'x' })).success).toBe(true);
    expect(ToneInputSchema.safeParse({ post: 'x', reply: 'y', platform: 'tiktok', brand: { name: 'A', register: 'vous' }, author: { firstName: null } }).success).toBe(false);
  });

  it('handles a 5,000-character reply', () => {
    const reply = 'Bonjour, nous regardons votre dossier et revenons vers vous demain. '.repeat(80).slice(0, 5000);
    const hints = analyze(input({ post: 'Toujours rien reçu.', reply, platform: 'x', lang: 'fr' }));
    expect(hints.map((h) => h.id)).toContain('rep.too_long');
  });
});
