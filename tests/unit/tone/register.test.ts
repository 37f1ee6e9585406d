import { describe, expect, it } from 'vitest';
import { hintFor, idsOf } from './draft';

const fr = (reply: string, register: 'tu' | 'vous' = 'vous', post = 'Bonjour, petite question sur ma commande.') =>
  idsOf({ post, reply, lang: 'fr', brand: { register } });

describe('rep.tu_vous_mix', () => {
  it.each([
    'Bonjour, votre colis part demain, tu recevras le suivi par mail.',
    'Écris-nous en MP et nous vérifions votre dossier.',
    'Vous pouvez passer en boutique avec ton ticket.',
    "N'hésite pas à revenir vers nous si votre écran clignote encore.",
    'Consultez la notice, et si ça ne marche pas, dis-nous.',
  ])('flags a mix: %s', (reply) => {
    expect(fr(reply)).toContain('rep.tu_vous_mix');
  });

  it.each([
    'Bonjour, votre colis part demain, vous recevrez le suivi par mail.',
    'Écris-nous en MP et on vérifie ton dossier.',
    'Dites-le-nous en MP, nous vous rappelons.',
    'Prenez rendez-vous en agence, un conseiller vous reçoit sous 48 h.',
    'Je vous tiens informée dès que le colis est parti.',
    'Bravo à vous deux pour cette course, et merci pour ta photo !',
  ])('sees no mix in: %s', (reply) => {
    expect(fr(reply)).not.toContain('rep.tu_vous_mix');
  });

  it('does not apply to English replies', () => {
    expect(idsOf({ reply: 'Hi! Thank you, te amo, vous êtes super', lang: 'en' })).not.toContain('rep.tu_vous_mix');
  });

  it('underlines the form that breaks the brand voice', () => {
    const reply = 'Votre commande arrive, tu verras.';
    const hint = hintFor({ reply, lang: 'fr', brand: { register: 'vous' } }, 'rep.tu_vous_mix');
    expect(hint?.span && reply.slice(hint.span.start, hint.span.end)).toBe('tu');
  });
});

describe('ctx.register', () => {
  it('flags tutoiement for a vous brand', () => {
    expect(fr('Salut ! Ton colis part ce soir, on te tient au courant.', 'vous')).toContain('ctx.register');
  });

  it('flags a singular vous for a tu brand', () => {
    expect(fr('Bonjour Inès, votre commande est prête en boutique.', 'tu')).toContain('ctx.register');
  });

  it('flags a vous imperative for a tu brand', () => {
    expect(fr('Consultez la rubrique Aide, tout y est.', 'tu')).toContain('ctx.register');
  });

  it.each([
    ['Merci à vous toutes pour cette belle soirée !', 'tu'],
    ['Bravo à vous six, quelle équipe !', 'tu'],
    ['Merci à vous tous, on vous attend nombreux samedi.', 'tu'],
    ['Ton colis part ce soir, on te tient au courant.', 'tu'],
    ['Votre colis part ce soir, nous vous tenons au courant.', 'vous'],
    ['La boutique ouvre à 9 h le dimanche.', 'tu'],
    ['Le ton de ce message nous a surpris, mais nous regardons.', 'vous'],
    ['Votre rendez-vous avec M. Martinez est confirmé.', 'vous'],
  ] as const)('accepts %s (%s brand)', (reply, register) => {
    expect(fr(reply, register)).not.toContain('ctx.register');
  });

  it('is left to rep.tu_vous_mix when the reply mixes both', () => {
    const ids = fr('Votre colis part demain, tu recevras le suivi.', 'tu');
    expect(ids).toContain('rep.tu_vous_mix');
    expect(ids).not.toContain('ctx.register');
  });
});
