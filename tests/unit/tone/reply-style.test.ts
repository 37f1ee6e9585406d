import { describe, expect, it } from 'vitest';
import type { HintId } from '../../../lib/tone';
import { hintFor, idsOf, type Draft } from './draft';

type Case = readonly [reply: string, lang: 'fr' | 'en'];

function fires(id: HintId, cases: readonly Case[], extra: Draft = {}): void {
  it.each(cases)('flags %s', (reply, lang) => {
    expect(idsOf({ ...extra, reply, lang })).toContain(id);
  });
}

function quiet(id: HintId, cases: readonly Case[], extra: Draft = {}): void {
  it.each(cases)('leaves alone %s', (reply, lang) => {
    expect(idsOf({ ...extra, reply, lang })).not.toContain(id);
  });
}

describe('rep.shouting', () => {
  fires('rep.shouting', [
    ['NOUS AVONS DÉJÀ RÉPONDU À CETTE QUESTION.', 'fr'],
    ['Le remboursement est IMPOSSIBLE après 30 jours.', 'fr'],
    ['PLEASE READ THE FAQ before posting.', 'en'],
    ['This offer is NEVER available in store.', 'en'],
    ['Ne faites PAS ça, le mode d’emploi le déconseille.', 'fr'],
    ['This is NOT a refund request.', 'en'],
  ]);
  quiet('rep.shouting', [
    ['Le SAV vous rappelle, conformément au RGPD et aux CGV.', 'fr'],
    ['Votre code PROMO15 est valable jusqu’à dimanche.', 'fr'],
    ['Utilisez le code NOEL à la caisse.', 'fr'],
    ['La 5G arrive dans votre quartier, et la box WIFI-6 aussi.', 'fr'],
    ['The NHS app and your GP surgery can confirm it, see the FAQ.', 'en'],
    ['Hi Sam, the ACME team says hello!', 'en'],
    ['Chapter IV of the manual covers it.', 'en'],
  ], { brand: { name: 'ACME' } });

  it('underlines the words in capitals', () => {
    const reply = 'Merci de LIRE LES CONDITIONS avant de commander.';
    const hint = hintFor({ reply, lang: 'fr' }, 'rep.shouting');
    expect(hint?.span && reply.slice(hint.span.start, hint.span.end)).toBe('LIRE LES CONDITIONS');
  });
});

describe('rep.excess_punct', () => {
  fires('rep.excess_punct', [
    ['Merci beaucoup !!!', 'fr'],
    ['Vraiment ??? On regarde.', 'fr'],
    ['What?!? That should not happen.', 'en'],
  ]);
  quiet('rep.excess_punct', [
    ['Merci Julie ! On transmet à l’équipe !', 'fr'],
    ['Vous êtes sûre ? On vérifie.', 'fr'],
    ['Great news!! See you soon.', 'en'],
  ]);
});

describe('rep.emoji_overuse', () => {
  fires('rep.emoji_overuse', [
    ['Merci 🙏🙏🙏 à bientôt 😊😊', 'fr'],
    ['Yay 🎉🎉🎉🥳🥳', 'en'],
  ]);
  quiet('rep.emoji_overuse', [
    ['Merci ! 😊👍', 'fr'],
    ['Welcome to the family 👨‍👩‍👧‍👦👨‍👩‍👧‍👦🇫🇷', 'en'],
  ]);
});

describe('rep.too_long', () => {
  const long = 'Bonjour, '.concat('nous regardons votre dossier avec attention. '.repeat(7));

  it('flags a reply over 280 weighted characters on X', () => {
    expect(idsOf({ reply: long, platform: 'x', lang: 'fr' })).toContain('rep.too_long');
  });

  it('says nothing on Facebook, which has no limit', () => {
    expect(idsOf({ reply: long, platform: 'facebook', lang: 'fr' })).not.toContain('rep.too_long');
  });

  it('counts a long link as 23', () => {
    const reply = `Tout est expliqué ici : https://aide.acme.example/${'a'.repeat(300)}`;
    expect(idsOf({ reply, platform: 'x', lang: 'fr' })).not.toContain('rep.too_long');
  });

  it('gives the weighted length as its reason', () => {
    expect(hintFor({ reply: 'é'.repeat(281), platform: 'x', lang: 'fr' }, 'rep.too_long')?.reason).toBe('281/280');
  });
});

describe('rep.profanity', () => {
  fires('rep.profanity', [
    ['Oh merde, désolé pour ce loupé !', 'fr'],
    ['Quel bordel ce déménagement, on vous aide.', 'fr'],
    ['P*tain de bug, on corrige.', 'fr'],
    ['Holy shit, that should never happen.', 'en'],
    ['That was a f**king mess, sorry.', 'en'],
    ['What a crappy week for you, sorry!', 'en'],
  ]);
  quiet('rep.profanity', [
    ['Vous pouvez contacter notre conseillère ou consulter la FAQ.', 'fr'],
    ['Zut, mince, on est désolés !', 'fr'],
    ['Nous contactons le transporteur, il vous rappelle.', 'fr'],
    ['Our Scunthorpe store has it in stock.', 'en'],
    ['Our assistant will pass the message on to the class teacher.', 'en'],
    ['Oops, sorry about that!', 'en'],
  ]);

  it('names the word that triggered it', () => {
    expect(hintFor({ reply: 'Putain, le serveur est tombé.', lang: 'fr' }, 'rep.profanity')?.reason).toBe('Putain');
  });
});

describe('rep.slang', () => {
  fires('rep.slang', [
    ['Tkt on gère !', 'fr'],
    ['Mdr on te renvoie ça direct', 'fr'],
    ['Trop contents que tu kiffes la nouvelle collec', 'fr'],
    ['ngl that update was rough, we on it', 'en'],
    ['gonna check that for u rn', 'en'],
  ]);
  quiet('rep.slang', [
    ['Super, merci pour ton retour, c’est top !', 'fr'],
    ['C’est une erreur grave, nous la corrigeons.', 'fr'],
    ['Cool, the new colours are super bright!', 'en'],
    ['Take the U-turn after the bridge, the shop is on your left.', 'en'],
  ]);
});
