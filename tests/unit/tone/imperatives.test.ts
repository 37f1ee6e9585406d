// Imperatives read by their grammar: a bare tu form at the start of a clause, an -ez verb with no
// subject before it, a verb with its object pronoun ("réinstalle-la"). They tell the reader what to
// do (a next step) and they say tu or vous (the brand's register).
import { describe, expect, it } from 'vitest';
import { idsOf } from './draft';

const POST = 'Bonjour, petite question sur ma commande.';

const fr = (reply: string, register: 'tu' | 'vous' = 'vous') => idsOf({ post: POST, reply, lang: 'fr', brand: { register } });

describe('bare tu imperatives', () => {
  it.each([
    'Bonjour ! Passe en boutique quand tu veux, on t’attend.',
    'Coucou ! Il arrive bientôt, promis, garde un œil sur l’appli.',
    'Hello, et surtout profite bien du week-end !',
  ])('say tu to a vous brand: %s', (reply) => {
    expect(fr(reply, 'vous')).toContain('ctx.register');
  });

  it('mix with vous forms', () => {
    expect(fr('Bonjour, votre colis arrive demain. Garde bien le bon de retrait.')).toContain('rep.tu_vous_mix');
  });

  it.each([
    'Bonjour, passé ce délai, le colis revient chez nous.',
    'Bonjour, il reste deux exemplaires en stock, votre commande est réservée.',
    'Reste à savoir si le transporteur passe avant midi, nous vous tenons informée.',
    'Testé et approuvé par notre équipe, votre modèle est le bon.',
    'Bonjour, ce jour-là la boutique ferme à midi, pensez à venir le matin.',
  ])('are not read in participles, impersonal forms or "-là": %s', (reply) => {
    const ids = fr(reply, 'vous');
    expect(ids).not.toContain('ctx.register');
    expect(ids).not.toContain('rep.tu_vous_mix');
  });

  it.each(['Salut ! Celle-là est en stock, envoie-nous ton numéro de commande en MP.', 'Salut ! Vas-y, commande en ligne, c’est livré en 48 h.'])(
    'fit a tu brand: %s',
    (reply) => {
      const ids = fr(reply, 'tu');
      expect(ids).not.toContain('ctx.register');
      expect(ids).not.toContain('rep.tu_vous_mix');
    },
  );
});

describe('imperatives as next steps', () => {
  const complaint = 'Mon appli bancaire me déconnecte toutes les deux minutes, c’est insupportable.';
  const next = (reply: string, register: 'tu' | 'vous' = 'vous') =>
    idsOf({ post: complaint, reply, lang: 'fr', brand: { register } }).includes('ctx.missing_next_step');

  it.each([
    ['Désolés ! Mettez l’appli à jour puis redémarrez le téléphone.', 'vous'],
    ['Désolés ! Supprimez vos cookies et reconnectez-vous.', 'vous'],
    ['Désolés ! Désinstalle-la et réinstalle-la depuis le store.', 'tu'],
    ['Salut ! Essaie de la désinstaller puis de la réinstaller.', 'tu'],
  ] as const)('count: %s', (reply, register) => {
    expect(next(reply, register)).toBe(false);
  });

  it.each([
    "Nous sommes navrés. N'hésitez pas à revenir vers nous.",
    'Nous sommes navrés, si vous le souhaitez, nous comprenons.',
    'Navrés. Veuillez agréer nos excuses.',
    'Navrés. Pouvez-vous patienter ?',
  ])('do not count when they are courtesy, negated or asked: %s', (reply) => {
    expect(next(reply)).toBe(true);
  });
});
