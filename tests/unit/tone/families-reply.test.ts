// Families of expressions the reply rules read, each with fresh wordings and the traps that look
// like them: blame-shifting, next steps, boilerplate, sales talk, literal thanks, reassurance.
import { describe, expect, it } from 'vitest';
import type { HintId, Register } from '../../../lib/tone';
import { idsOf } from './draft';

type Case = readonly [post: string, reply: string, lang: 'fr' | 'en'];

const CRUSHED_FR = 'Colis arrivé écrasé, c’est inadmissible.';
const CRUSHED_EN = 'My parcel arrived crushed, unacceptable.';
const BROKEN_FR = 'Ma box ne marche plus depuis hier, c’est pénible.';
const BROKEN_EN = 'My boiler has been broken for three days, freezing here.';

function fires(id: HintId, cases: readonly Case[], register: Register = 'vous'): void {
  it.each(cases)('flags %s → %s', (post, reply, lang) => {
    expect(idsOf({ post, reply, lang, brand: { register } })).toContain(id);
  });
}

function quiet(id: HintId, cases: readonly Case[], register: Register = 'vous'): void {
  it.each(cases)('leaves alone %s → %s', (post, reply, lang) => {
    expect(idsOf({ post, reply, lang, brand: { register } })).not.toContain(id);
  });
}

describe('rep.defensive: disclaiming liability and pointing at the terms', () => {
  fires('rep.defensive', [
    [CRUSHED_FR, 'Nous déclinons toute responsabilité pour les dommages causés pendant le transport.', 'fr'],
    [CRUSHED_FR, 'Il aurait fallu refuser le colis à la livraison.', 'fr'],
    ['Pourquoi ma facture a augmenté de 12 € ?', "Bonjour, c'est la hausse annuelle, tous les fournisseurs font pareil.", 'fr'],
    [CRUSHED_EN, 'We accept no liability for damage caused in transit.', 'en'],
    [CRUSHED_EN, 'Per our delivery policy, damage must be reported within 24 hours.', 'en'],
    ['Booked a table for six and you gave it away.', 'The decision is final, tables are held for 15 minutes.', 'en'],
  ]);
});

describe('rep.defensive: putting it on the customer', () => {
  fires('rep.defensive', [
    [CRUSHED_FR, "C'était à vous de vérifier le colis devant le livreur.", 'fr'],
    ['Mon écran s’est fissuré tout seul, je suis dégoûtée.', 'Vous êtes censée lire la notice avant utilisation.', 'fr'],
    ['Train supprimé sans prévenir, c’est honteux.', 'Merci de vous renseigner avant de vous plaindre publiquement.', 'fr'],
    ['Train supprimé sans prévenir, c’est honteux.', "L'information était pourtant affichée sur notre site depuis la veille.", 'fr'],
    [CRUSHED_EN, "Honestly that's on you for picking the cheapest shipping.", 'en'],
    [CRUSHED_EN, "Had you read the delivery notes you'd have known.", 'en'],
    ['My train was cancelled with no warning, shocking.', 'This was posted on our website two days ago. Please check before complaining.', 'en'],
    ['My train was cancelled with no warning, shocking.', 'Everyone else managed to find the replacement bus.', 'en'],
    ['My train was cancelled with no warning, shocking.', "It's completely normal for engineering works to cause delays.", 'en'],
  ]);
});

describe('rep.defensive: records produced against the customer, and third parties', () => {
  fires('rep.defensive', [
    [CRUSHED_FR, 'Selon nos vérifications, le colis est sorti intact de l’entrepôt.', 'fr'],
    [CRUSHED_FR, 'Les photos prises au départ le prouvent, tout était en ordre.', 'fr'],
    [CRUSHED_FR, 'Adresse-toi directement au fabricant, ce n’est pas notre problème.', 'fr'],
    [CRUSHED_EN, 'Our records show it left the warehouse intact.', 'en'],
    [CRUSHED_EN, "You'll need to contact the courier about that.", 'en'],
    ['The lift at the station has been out of order for a month.', 'Hi, the lift is managed by our contractor, so please raise it with them.', 'en'],
  ]);
  quiet('rep.defensive', [
    [CRUSHED_FR, "Oh non ! C'est notre erreur. Nous allons voir avec le transporteur et revenons vers vous demain.", 'fr'],
    [CRUSHED_FR, 'Votre commande est toujours indiquée comme en préparation, nous relançons l’entrepôt.', 'fr'],
    [CRUSHED_FR, "Vous n'avez aucune responsabilité là-dedans, c'est à nous de régler ça.", 'fr'],
    [CRUSHED_FR, "Vous n'y êtes pour rien, c'est un défaut de la série : on vous l'échange dès demain.", 'fr'],
    [CRUSHED_EN, "It's not your fault at all, we should have packed it better. A refund is on its way.", 'en'],
    [CRUSHED_EN, "It's completely normal to feel let down, and we're sorry. A new one ships today.", 'en'],
    [CRUSHED_EN, 'As per the tracking, your replacement arrives tomorrow.', 'en'],
    ['The app keeps crashing when I pay.', "Sorry! Our system shows a bug on our side; it's fixed in today's update.", 'en'],
  ]);
});

describe('ctx.missing_next_step: someone else acts, or the reply tells what to do', () => {
  quiet('ctx.missing_next_step', [
    [BROKEN_FR, 'Désolés ! Un technicien passera chez vous pour changer le boîtier.', 'fr'],
    [BROKEN_FR, 'Bonjour, désolés ! Débranchez la box dix secondes puis rebranchez-la.', 'fr'],
    [BROKEN_FR, 'Désolés ! Réinitialisez la box avec le bouton à l’arrière, ça devrait régler le souci.', 'fr'],
    [BROKEN_FR, 'Désolés pour ce souci, votre intervention est programmée.', 'fr'],
    [BROKEN_FR, 'Désolés pour ce souci, vous allez recevoir un SMS avec le créneau.', 'fr'],
    [BROKEN_FR, 'Navrés ! Pouvez-vous confirmer que le voyant est rouge ?', 'fr'],
    [BROKEN_EN, 'So sorry, Ann. An engineer will call you this afternoon to book a visit.', 'en'],
    [BROKEN_EN, 'So sorry! Your repair is now booked, the engineer has the details.', 'en'],
    [BROKEN_EN, 'So sorry! Turn it off at the wall, then power it on again; that should fix it.', 'en'],
    ['I asked twice for my statement.', 'Sorry about that! The statement is now in your inbox.', 'en'],
  ]);
  fires('ctx.missing_next_step', [
    [BROKEN_FR, 'Désolés pour ce souci, nous comprenons votre agacement.', 'fr'],
    [BROKEN_FR, "Nous sommes navrés. N'hésitez pas à revenir vers nous si besoin.", 'fr'],
    [BROKEN_FR, 'Nous sommes navrés, si vous le souhaitez, nous comprenons.', 'fr'],
    [BROKEN_EN, 'So sorry, that sounds miserable. We know how cold it gets.', 'en'],
  ]);

  it('reads tu imperatives at the start of a clause', () => {
    const ids = idsOf({ post: BROKEN_FR, reply: 'Oh non, désolés ! Vide le cache de l’appli et reconnecte-toi.', lang: 'fr', brand: { register: 'tu' } });
    expect(ids).not.toContain('ctx.missing_next_step');
    expect(ids).not.toContain('ctx.register');
  });
});

describe('ctx.missing_next_step: an offer is no answer, unless the person asked about offers', () => {
  fires('ctx.missing_next_step', [
    ['Can I change my delivery address after ordering?', 'Hi! Have you seen our new express plan? Earn 5% cashback on every order.', 'en'],
    ['Est-ce que je peux modifier mon adresse de livraison ?', 'Bonjour ! Connaissez-vous notre nouvelle carte de fidélité ? Cumulez des points sur chaque achat.', 'fr'],
    ['Mon abonnement a encore augmenté, c’est abusé.', 'Désolés ! Découvrez notre formule Essentiel sur acme.fr/essentiel.', 'fr'],
  ]);
  quiet('ctx.missing_next_step', [
    ['Do you do a student discount?', 'Hi! Yes, 10% off with a valid student card, online and in store.', 'en'],
    ['Est-ce que la livraison est offerte dès 50 € ?', 'Bonjour, oui, la livraison est offerte dès 50 € d’achat, en point relais comme à domicile.', 'fr'],
  ]);
});

describe('rep.salesy: pitches in many wordings', () => {
  fires('rep.salesy', [
    ['Ma crème m’a brûlé la peau, je suis dégoûtée.', 'Désolés ! Avez-vous vu notre nouvelle gamme apaisante ? Elle est à -15 % cette semaine.', 'fr'],
    ['My order never came and I’m fuming.', 'So sorry! While you wait, have you tried our new loyalty programme? Earn points on every order.', 'en'],
  ]);
  quiet('rep.salesy', [
    ['Ma crème m’a brûlé la peau, je suis dégoûtée.', 'Désolés ! Nous vous remboursons la crème et vous offrons un soin apaisant pour vous excuser.', 'fr'],
    ['My order never came and I’m fuming.', "So sorry! We've refunded you in full and added a £10 goodwill credit.", 'en'],
    ['Can I change my delivery address after ordering?', 'Hi! Have you seen our new express plan? Earn 5% cashback on every order.', 'en'],
  ]);
});

describe('ctx.missing_empathy: a stock apology inside boilerplate shows no empathy', () => {
  it.each([
    ['Colis jamais arrivé, je suis furieux.', 'Nous vous remercions pour votre message. Nous sommes désolés pour la gêne occasionnée. Nous restons à votre écoute.', 'fr'],
    ['Flight delayed 6 hours, no food vouchers. Disgraceful.', 'Thank you for reaching out. We are committed to the highest standards of service. Please accept our apologies for any disappointment.', 'en'],
  ] as const)('flags %s → %s', (post, reply, lang) => {
    const ids = idsOf({ post, reply, lang });
    expect(ids).toContain('rep.canned');
    expect(ids).toContain('ctx.missing_empathy');
    expect(ids).not.toContain('rep.empathy');
  });

  it.each([
    ['Colis jamais arrivé, je suis furieux.', 'Nous sommes désolés pour la gêne occasionnée.', 'fr'],
    ['Flight delayed 6 hours, no food vouchers. Disgraceful.', 'We apologise for any inconvenience.', 'en'],
  ] as const)('leaves a lone stock apology unlabelled: %s → %s', (post, reply, lang) => {
    const ids = idsOf({ post, reply, lang });
    expect(ids).not.toContain('ctx.missing_empathy');
    expect(ids).not.toContain('rep.empathy');
  });
});

describe('rep.empathy: reassurance', () => {
  fires('rep.empathy', [
    ['Colis jamais arrivé, je suis furieux.', "Vous n'y êtes pour rien, et on comprend votre colère. On renvoie un colis aujourd'hui.", 'fr'],
    ['Sorry to bother you, but I’ve asked three times for my statement.', "You're not a bother at all, and you did nothing wrong. The statement is now in your inbox.", 'en'],
    [CRUSHED_EN, "It's not your fault at all. A new one ships today.", 'en'],
  ]);
});

describe('ctx.sarcasm_literal: thanking for the "compliment" in any wording', () => {
  fires('ctx.sarcasm_literal', [
    ['Génial, encore un retard, quelle efficacité 👏', 'Merci pour les compliments, ça fait chaud au cœur !', 'fr'],
    ['Great, another delay. Thanks a lot 🙄', 'Aww, that means a lot, thank you!', 'en'],
  ]);
  fires('ctx.sarcasm_literal', [['Super, le site plante encore. Merci du cadeau.', 'Trop gentil, ça nous fait super plaisir 😊', 'fr']], 'tu');
  fires('ctx.sarcasm_literal', [
    ["Quel service impeccable, mon colis a fait le tour de France avant d'arriver 🙃", 'Merci beaucoup, on fait de notre mieux !', 'fr'],
    ['Wow, another price rise. You really spoil us.', 'We love spoiling our customers! Thanks for being with us.', 'en'],
  ]);
  quiet('ctx.sarcasm_literal', [
    ['Génial, encore un retard, quelle efficacité 👏', 'Désolés pour ce retard, on comprend l’agacement. Le train repart à 18 h.', 'fr'],
    ['Great, another delay. Thanks a lot 🙄', "We're sorry about the delay, that's frustrating. Your train now leaves at 6pm.", 'en'],
  ]);
});

describe('rep.dm_invite: a refusal only cancels the invitation in its own clause', () => {
  fires('rep.dm_invite', [
    ['My order hasn’t arrived.', 'Sorry! Please never share your card details here; DM us instead.', 'en'],
    ['My order hasn’t arrived.', "Sorry! Don't hesitate to send us a DM and we'll check.", 'en'],
    ['My order hasn’t arrived.', "Sorry! Slide into our DMs with the details and we'll sort it.", 'en'],
    ['Ma commande n’est pas arrivée.', 'Désolés ! Nos MP sont grands ouverts, on regarde ça ensemble.', 'fr'],
  ]);
  quiet('rep.dm_invite', [
    ['My order hasn’t arrived.', "Sorry! We'll sort it, no need to DM us, the resend is booked for Monday.", 'en'],
    ['Ma commande n’est pas arrivée.', 'Désolés ! Pas besoin de nous écrire en privé, le colis part demain.', 'fr'],
  ]);
});
