import { describe, expect, it } from 'vitest';
import type { HintId } from '../../../lib/tone';
import { hintFor, idsOf } from './draft';

type Case = readonly [text: string, lang: 'fr' | 'en'];

function fires(id: HintId, cases: readonly Case[]): void {
  it.each(cases)('flags %s', (post, lang) => {
    expect(idsOf({ post, lang })).toContain(id);
  });
}

function quiet(id: HintId, cases: readonly Case[]): void {
  it.each(cases)('leaves alone %s', (post, lang) => {
    expect(idsOf({ post, lang })).not.toContain(id);
  });
}

describe('in.upset', () => {
  fires('in.upset', [
    ["Ça fait deux semaines que j'attends mon remboursement, personne ne me rappelle.", 'fr'],
    ['Le lave-linge livré mardi ne fonctionne plus déjà. Très déçu.', 'fr'],
    ["Franchement pas contente de l'accueil en caisse ce matin.", 'fr'],
    ['Ma box est en panne depuis samedi et le technicien ne vient que jeudi.', 'fr'],
    ['Encore facturée pour un abonnement que je n’utilise plus…', 'fr'],
    ['My parcel still hasn’t arrived after ten days and nobody answers the phone.', 'en'],
    ['Not impressed with the new app, it keeps crashing on login.', 'en'],
    ['Charged twice for the same order. Sort it out please.', 'en'],
    ['The headphones stopped working after a week. Really disappointing.', 'en'],
    ['Séance annulée au dernier moment 😡', 'fr'],
  ]);
  quiet('in.upset', [
    ['Pas mal du tout ce nouveau menu, on reviendra !', 'fr'],
    ["Désolé de vous déranger, vous ouvrez à quelle heure dimanche ?", 'fr'],
    ["Aucun souci avec la livraison, juste une question sur la garantie.", 'fr'],
    ['Le transfert de ligne peut se faire sans coupure ?', 'fr'],
    ['Not bad at all for the price, and not a single problem so far.', 'en'],
    ['Sorry to bother you, do you have this jacket in blue?', 'en'],
    ['No more lag since the update, great work.', 'en'],
    ['Your support fixed my issue in two minutes, thanks!', 'en'],
  ]);
});

describe('in.hostile', () => {
  fires('in.hostile', [
    ['Bande de voleurs, rendez-moi mon argent.', 'fr'],
    ['Vous êtes des incompétents, trois rendez-vous ratés.', 'fr'],
    ["C'est une arnaque, ce forfait.", 'fr'],
    ['Your managers are clueless and your staff are useless.', 'en'],
    ['Whoever designed this update should be fired.', 'en'],
    ['Bunch of crooks, the lot of you.', 'en'],
  ]);
  quiet('in.hostile', [
    ['Je suis très mécontent, trois semaines sans réponse à mes mails.', 'fr'],
    ['Livraison en retard de deux jours, ce n’est pas sérieux.', 'fr'],
    ['This is unacceptable, my refund is a month late.', 'en'],
    ['The new skin is fire, best drop of the season 🔥', 'en'],
    ['Votre croissant aux amandes est une tuerie.', 'fr'],
  ]);
});

describe('in.sarcasm', () => {
  fires('in.sarcasm', [
    ['Merci pour rien, toujours pas de remboursement.', 'fr'],
    ['Génial, encore une coupure pendant le match. Bravo 👏', 'fr'],
    ['Top, le colis « express » est arrivé avec une semaine de retard.', 'fr'],
    ['Trois heures d’attente au guichet. Sympa.', 'fr'],
    ['Wow, another price rise. Thanks so much 🙄', 'en'],
    ["Oh great, the 'unlimited' plan got throttled again.", 'en'],
    ['Delivery three days late and the box was crushed. Lovely.', 'en'],
    ['Cheers for the surprise fee on my bill.', 'en'],
  ]);
  quiet('in.sarcasm', [
    ['Super accueil ce matin, merci à toute l’équipe !', 'fr'],
    ['Bravo pour la nouvelle appli, elle est vraiment rapide.', 'fr'],
    ['Trop bon le menu, par contre le dessert est arrivé un peu tard.', 'fr'],
    ['Commande « en préparation » depuis hier, c’est normal ?', 'fr'],
    ['Great service today, the engineer was brilliant.', 'en'],
    ['Love the new range, but the sizes run small.', 'en'],
  ]);

  it('makes a sarcastic complaint upset as well', () => {
    expect(idsOf({ post: 'Bravo les génies, site en panne le jour des soldes.', lang: 'fr' })).toEqual(
      expect.arrayContaining(['in.sarcasm', 'in.upset']),
    );
  });

  it('is never praise at the same time', () => {
    const ids = idsOf({ post: 'Génial, encore en retard. Vraiment top 🙃', lang: 'fr' });
    expect(ids).toContain('in.sarcasm');
    expect(ids).not.toContain('in.praise');
  });
});

describe('in.question', () => {
  fires('in.question', [
    ['Vous avez la taille 42 en magasin à Nantes ?', 'fr'],
    ['Je voudrais savoir si la livraison est gratuite dès 50 €', 'fr'],
    ['Ma facture est introuvable dans l’appli, je fais comment', 'fr'],
    ['How do I change the delivery address on my order', 'en'],
    ['Any news on the restock of the green mugs?', 'en'],
    ['Is the café dog friendly?', 'en'],
  ]);
  quiet('in.question', [
    ['C’est une blague ? Trois semaines pour un remboursement !', 'fr'],
    ['Vous vous moquez de qui ? Encore en retard.', 'fr'],
    ['Vous êtes des voleurs ou quoi ?', 'fr'],
    ['Are you kidding me? Cancelled again.', 'en'],
    ['Seriously? Third outage this week.', 'en'],
    ['Merci pour le super accueil hier soir !', 'fr'],
  ]);
});

describe('in.praise', () => {
  fires('in.praise', [
    ['Accueil au top et livraison impeccable, merci !', 'fr'],
    ['Franchement pas mal ce nouveau burger.', 'fr'],
    ['Ce gâteau est une dinguerie 😍', 'fr'],
    ['Huge thanks to Priya at the Leeds branch, she was brilliant.', 'en'],
    ['Not bad at all, the battery lasts two days.', 'en'],
    ['This playlist slaps 🔥', 'en'],
  ]);
  quiet('in.praise', [
    ['Pas top du tout, la commande est arrivée froide.', 'fr'],
    ["Je ne suis pas satisfait de la réparation.", 'fr'],
    ['Not happy at all, the sofa came scratched.', 'en'],
    ['Super, encore une panne 🙄', 'fr'],
    ['Merci d’avance, vous livrez à Lille ?', 'fr'],
    ['Thanks in advance, do you ship to Canada?', 'en'],
  ]);
});

describe('in.escalation', () => {
  fires('in.escalation', [
    ['Sans remboursement d’ici lundi, je saisis le médiateur.', 'fr'],
    ["Je vais contacter un avocat, c'est inadmissible.", 'fr'],
    ['Je résilie mon abonnement à la fin du mois.', 'fr'],
    ['J’écris à Que Choisir dès ce soir.', 'fr'],
    ["If this isn't fixed by Friday I'm going to the press.", 'en'],
    ["I'm filing a chargeback with my bank.", 'en'],
    ["I'm cancelling my membership and switching to a competitor.", 'en'],
    ["I'll be reporting this to the ombudsman.", 'en'],
    ['Si personne ne me rappelle ce soir, j’appelle la police.', 'fr'],
    ['My solicitor will be in touch about the deposit.', 'en'],
  ]);
  quiet('in.escalation', [
    ["J'ai lu un article dans la presse sur votre nouvelle boutique, c'est quand l'ouverture ?", 'fr'],
    ["J'avais failli résilier l'an dernier, mais votre conseillère a tout réglé.", 'fr'],
    ['Une option que j’ai résiliée en janvier est toujours facturée.', 'fr'],
    ['I read about you in the newspaper, do you deliver to Bath?', 'en'],
    ['I nearly cancelled last year but the new plan is great.', 'en'],
    ['Is it true you are closing the York store?', 'en'],
    ["Comment contacter le service client pour changer la police de caractères de l'appli ?", 'fr'],
    ["Vous pouvez m'envoyer la recette de la salade à l'avocat ?", 'fr'],
    ["I'm a lawyer and I love your coffee, do you do office orders?", 'en'],
  ]);

  it('names the threat in its reason', () => {
    const hint = hintFor({ post: 'Sans réponse demain, je porte plainte.', lang: 'fr' }, 'in.escalation');
    expect(hint?.reason).toBe('je porte plainte');
    expect(hint?.severity).toBe('warn');
    expect(hint?.span).toBeUndefined();
  });
});
