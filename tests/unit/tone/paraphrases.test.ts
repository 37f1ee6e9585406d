// Fresh paraphrases of each hint, worded differently from the lexicon's own phrases, to check
// that the rules read the language rather than a list of sentences.
import { describe, expect, it } from 'vitest';
import type { HintId } from '../../../lib/tone';
import { idsOf } from './draft';

const COMPLAINT_POST = 'Bonjour, un souci avec ma commande, très déçue.';

describe('complaints worded in many ways are upset', () => {
  it.each([
    ['Je regrette vraiment mon achat.', 'fr'],
    ['On m\'a pris pour une idiote au téléphone.', 'fr'],
    ['Colis égaré depuis dix jours, aucun suivi.', 'fr'],
    ['Produit défectueux dès le déballage.', 'fr'],
    ['J\'ai été prélevée alors que j\'avais annulé.', 'fr'],
    ['Votre appli bugue à chaque mise à jour.', 'fr'],
    ['J\'en peux plus de vos retards.', 'fr'],
    ['Grosse déception pour ce séjour.', 'fr'],
    ['Plus jamais je ne commande chez vous.', 'fr'],
    ['Trois relances et toujours rien.', 'fr'],
    ['Le livreur a jeté le colis par-dessus le portail.', 'fr'],
    ['Facture erronée pour la deuxième fois.', 'fr'],
    ['Le serveur était désagréable et le plat froid.', 'fr'],
    ['Votre hotline est injoignable.', 'fr'],
    ['On attend le technicien depuis ce matin, rien.', 'fr'],
    ['I regret buying this.', 'en'],
    ['My package was left with a neighbour I don\'t know and now it\'s gone.', 'en'],
    ['The app logs me out every five minutes, so annoying.', 'en'],
    ['Still waiting for my refund from March.', 'en'],
    ['Your driver was rude and threw the box.', 'en'],
    ['The heating has been broken for a week in freezing weather.', 'en'],
    ['Terrible experience at the Camden branch today.', 'en'],
    ['Ordered a blue jumper, got a green one.', 'en'],
    ['Nobody has replied to my three emails.', 'en'],
    ['Very poor quality, it fell apart after two washes.', 'en'],
    ['I was overcharged again this month.', 'en'],
    ['Two hours on the phone and still no answer.', 'en'],
  ] as const)('%s', (post, lang) => {
    expect(idsOf({ post, lang })).toContain('in.upset');
  });
});

describe('each hint in other words', () => {
  const cases: [HintId, 'post' | 'reply', string, 'fr' | 'en'][] = [
    ['rep.empathy', 'reply', 'Je comprends tout à fait que ce soit frustrant.', 'fr'],
    ['rep.empathy', 'reply', 'Quelle mauvaise surprise, vraiment désolés.', 'fr'],
    ['rep.empathy', 'reply', 'Vous avez raison d\'être en colère.', 'fr'],
    ['rep.empathy', 'reply', 'Ça n\'aurait jamais dû arriver, toutes nos excuses.', 'fr'],
    ['rep.empathy', 'reply', 'On imagine bien la galère avec deux enfants.', 'fr'],
    ['rep.empathy', 'reply', 'I completely get why you\'re upset.', 'en'],
    ['rep.empathy', 'reply', 'That must have been so stressful, I\'m sorry.', 'en'],
    ['rep.empathy', 'reply', 'Ugh, that\'s not the experience we want for you.', 'en'],
    ['rep.empathy', 'reply', 'You\'re right, that shouldn\'t have happened.', 'en'],
    ['rep.empathy', 'reply', 'We hear you, and we\'re sorry.', 'en'],
    ['rep.dm_invite', 'reply', 'Envoyez-nous un petit message privé avec vos coordonnées.', 'fr'],
    ['rep.dm_invite', 'reply', 'On t\'écrit en privé tout de suite.', 'fr'],
    ['rep.dm_invite', 'reply', 'Passez-nous un MP et on regarde.', 'fr'],
    ['rep.dm_invite', 'reply', 'Drop us a DM with your order details.', 'en'],
    ['rep.dm_invite', 'reply', 'Please message us privately so we can help.', 'en'],
    ['rep.dm_invite', 'reply', 'Can you send us a direct message?', 'en'],
    ['rep.defensive', 'reply', 'Nous ne pouvons pas être tenus responsables des retards de La Poste.', 'fr'],
    ['rep.defensive', 'reply', 'Il fallait lire les conditions avant de commander.', 'fr'],
    ['rep.defensive', 'reply', 'Ce n\'est pas de notre ressort, voyez avec votre banque.', 'fr'],
    ['rep.defensive', 'reply', 'C\'est indiqué clairement sur la fiche produit.', 'fr'],
    ['rep.defensive', 'reply', 'We can\'t be held responsible for courier delays.', 'en'],
    ['rep.defensive', 'reply', 'This was clearly explained at checkout.', 'en'],
    ['rep.defensive', 'reply', 'You must have entered the wrong address.', 'en'],
    ['rep.defensive', 'reply', 'Nobody else has had this problem.', 'en'],
    ['in.sarcasm', 'post', 'Trop bien, la livraison « gratuite » m\'a coûté 9 €.', 'fr'],
    ['in.sarcasm', 'post', 'Encore en panne, merci beaucoup 🙄', 'fr'],
    ['in.sarcasm', 'post', 'Ah génial, le train est encore supprimé. Merci la SNCF.', 'fr'],
    ['in.sarcasm', 'post', 'Bravo, vous avez réussi à perdre deux colis en une semaine.', 'fr'],
    ['in.sarcasm', 'post', 'Love waiting 40 minutes on hold, really makes my day.', 'en'],
    ['in.sarcasm', 'post', 'Nothing says customer care like three cancelled appointments.', 'en'],
    ['in.sarcasm', 'post', 'Brilliant, another \'quick fix\' that broke everything.', 'en'],
    ['in.sarcasm', 'post', 'Well done, you\'ve managed to lose my parcel twice.', 'en'],
    ['in.question', 'post', 'Vous savez quand le modèle noir sera de nouveau dispo', 'fr'],
    ['in.question', 'post', 'Petite question : la carte cadeau est valable en ligne ?', 'fr'],
    ['in.question', 'post', 'Besoin d\'aide pour activer ma carte svp', 'fr'],
    ['in.question', 'post', 'Where can I find my invoice', 'en'],
    ['in.question', 'post', 'Does the offer include delivery?', 'en'],
    ['in.question', 'post', 'Need help resetting my password please', 'en'],
    ['in.praise', 'post', 'Service au top, livreur adorable 👌', 'fr'],
    ['in.praise', 'post', 'Rien à dire, tout était parfait.', 'fr'],
    ['in.praise', 'post', 'Meilleure pizza de la ville, sans hésiter.', 'fr'],
    ['in.praise', 'post', 'Bravo à l\'équipe pour la réouverture, c\'est superbe.', 'fr'],
    ['in.praise', 'post', 'Can\'t fault the service, spot on as always.', 'en'],
    ['in.praise', 'post', 'You guys rock, thanks for sorting my order so fast.', 'en'],
    ['in.praise', 'post', 'Ten out of ten, would order again.', 'en'],
    ['in.praise', 'post', 'Really pleased with my new sofa!', 'en'],
    ['in.hostile', 'post', 'Bande de nazes, rendez l\'argent.', 'fr'],
    ['in.hostile', 'post', 'Vous êtes une honte, des incapables.', 'fr'],
    ['in.hostile', 'post', 'Your CEO is a clown and your staff are idiots.', 'en'],
    ['in.hostile', 'post', 'Scammers, the lot of you.', 'en'],
    ['in.escalation', 'post', 'Je vais laisser un avis une étoile partout.', 'fr'],
    ['in.escalation', 'post', 'Mon avocate est au courant.', 'fr'],
    ['in.escalation', 'post', 'Dernière relance avant mise en demeure.', 'fr'],
    ['in.escalation', 'post', 'I\'m taking this to Trading Standards.', 'en'],
    ['in.escalation', 'post', 'Expect to hear from my solicitor.', 'en'],
    ['in.escalation', 'post', 'I\'ll be switching to another provider next month.', 'en'],
    ['rep.canned', 'reply', 'Nous prenons bonne note de votre remarque et la transmettons au service concerné.', 'fr'],
    ['rep.canned', 'reply', 'Thank you for reaching out. We value your feedback and will get back to you as soon as possible.', 'en'],
    ['rep.personal_data_public', 'reply', 'Quel est votre numéro de client ?', 'fr'],
    ['rep.personal_data_public', 'reply', 'What\'s your email address so we can look?', 'en'],
    ['rep.personal_data_public', 'reply', 'Laissez-nous votre numéro de téléphone en commentaire.', 'fr'],
    ['rep.personal_data_public', 'reply', 'Can you share your home address here?', 'en'],
  ];
  it.each(cases)('%s in %s: %s', (id, field, text, lang) => {
    const draft = field === 'post' ? { post: text, lang } : { post: COMPLAINT_POST, reply: text, lang };
    expect(idsOf(draft)).toContain(id);
  });
});

describe('questions and praise that mention delays, bugs or cancelling are no complaint', () => {
  it.each([
    ['Je voudrais annuler ma réservation de samedi, c\'est possible sans frais ?', 'fr'],
    ['Est-ce que la garantie couvre les pannes de batterie ?', 'fr'],
    ['Le retard de livraison annoncé est de combien en ce moment ?', 'fr'],
    ['Jamais déçue par vos produits, encore une super commande !', 'fr'],
    ['Super contente, livrée en avance et sans aucun souci.', 'fr'],
    ['Bravo à toute l\'équipe pour le nouveau magasin !', 'fr'],
    ['Vous faites des prix pour les associations ?', 'fr'],
    ['On a adoré la soirée, vivement la prochaine !', 'fr'],
    ['Je n\'ai jamais goûté une brioche aussi bonne.', 'fr'],
    ['Pas de panique si vous recevez deux mails, c\'est normal ?', 'fr'],
    ['Quel plaisir de recevoir un colis aussi bien emballé !', 'fr'],
    ['Merci, le bug d\'affichage est corrigé depuis la mise à jour.', 'fr'],
    ['Is there any delay on deliveries to Scotland this week?', 'en'],
    ['Never had a problem with you guys, keep it up!', 'en'],
    ['How do I cancel a booking I made by mistake?', 'en'],
    ['No complaints at all, the engineer was great.', 'en'],
    ['Can\'t believe how good the new menu is!', 'en'],
    ['Just wanted to say the bug I reported is fixed, cheers!', 'en'],
    ['Do your prices include VAT?', 'en'],
    ['Is the Manchester store closed on Boxing Day?', 'en'],
  ] as const)('%s', (post, lang) => {
    const ids = idsOf({ post, lang });
    expect(ids).not.toContain('in.upset');
    expect(ids).not.toContain('in.hostile');
    expect(ids).not.toContain('in.escalation');
    expect(ids.some((id) => id === 'in.question' || id === 'in.praise')).toBe(true);
  });
});

describe('sincere thanks for a fixed problem is praise, not irony', () => {
  it.each([
    ['Bravo pour la réactivité 👏 problème réglé en 10 minutes', 'fr'],
    ['Merci pour la livraison rapide 👍', 'fr'],
    ['Super, merci, le retard est rattrapé !', 'fr'],
    ['Top le SAV, panne réparée le jour même 👍', 'fr'],
    ['Great job on the update, no more crashes 👏', 'en'],
    ['Thanks for fixing the bug so quickly!', 'en'],
    ['Génial, merci ! Je n\'aurai plus jamais de retard avec ce nouveau service.', 'fr'],
    ['Wow, delivered in 2 hours. Impressive!', 'en'],
    ['Merci pour le remboursement, c\'est parfait.', 'fr'],
    ['Parfait, tout est arrivé en bon état.', 'fr'],
  ] as const)('%s', (post, lang) => {
    const ids = idsOf({ post, lang });
    expect(ids).toContain('in.praise');
    expect(ids).not.toContain('in.sarcasm');
    expect(ids).not.toContain('in.upset');
  });
});
