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

describe('rep.empathy', () => {
  fires('rep.empathy', [
    ['Je suis navrée pour ce colis abîmé, ce n’est vraiment pas ce que vous attendiez.', 'fr'],
    ['On comprend ton agacement, deux heures au téléphone c’est épuisant.', 'fr'],
    ['Vous avez tout à fait raison, ce retard est inacceptable.', 'fr'],
    ["I'm really sorry the chair arrived broken, that's so frustrating.", 'en'],
    ['That sounds exhausting, and you are right to be annoyed.', 'en'],
  ]);
  quiet('rep.empathy', [
    ['Nous vous prions de nous excuser pour la gêne occasionnée.', 'fr'],
    ['Veuillez nous excuser pour ce désagrément.', 'fr'],
    ['We apologise for any inconvenience caused.', 'en'],
    ['Pas besoin d’être désolée, votre question est très claire !', 'fr'],
    ['Your order ships tomorrow, tracking to follow.', 'en'],
  ]);
});

describe('rep.dm_invite', () => {
  fires('rep.dm_invite', [
    ['Écris-nous en MP avec ta référence, on regarde ça.', 'fr'],
    ['Nous vous envoyons un message privé dans la foulée.', 'fr'],
    ['Contactez-nous par message privé pour finaliser l’échange.', 'fr'],
    ['Send us a DM and we will sort it out today.', 'en'],
    ["I'll DM you the returns label in a minute.", 'en'],
  ]);
  quiet('rep.dm_invite', [
    ['Inutile de nous écrire en privé, le remboursement est déjà parti.', 'fr'],
    ['Le formulaire de retour est dans votre espace client.', 'fr'],
    ['No need to DM us, the refund is already on its way.', 'en'],
  ]);
});

describe('rep.defensive', () => {
  fires('rep.defensive', [
    ['Ce retard est dû aux grèves, nous ne sommes pas responsables.', 'fr'],
    ['Comme indiqué dans nos conditions générales, aucun retour après 14 jours.', 'fr'],
    ['Vous auriez dû vérifier la taille avant de commander.', 'fr'],
    ["C'est la faute du transporteur, pas la nôtre.", 'fr'],
    ['You should have read the care instructions before washing it.', 'en'],
    ["That's not our fault, the courier company lost it.", 'en'],
    ['As stated in our returns policy, sale items cannot be refunded.', 'en'],
  ]);
  quiet('rep.defensive', [
    ["C'est notre erreur, nous vous renvoyons la bonne taille demain.", 'fr'],
    ["Ce n'est pas de votre faute, l'étiquette était mal imprimée.", 'fr'],
    ["It's not your fault at all, the label was misprinted.", 'en'],
    ["That's on us, a replacement is on its way.", 'en'],
  ]);
});

describe('rep.personal_data_public', () => {
  fires('rep.personal_data_public', [
    ['Pouvez-vous nous donner votre adresse e-mail en commentaire ?', 'fr'],
    ['Merci de nous indiquer ici votre numéro de téléphone pour qu’on vous rappelle.', 'fr'],
    ['Peux-tu nous confirmer ton numéro de commande sous ce post ?', 'fr'],
    ['Could you reply with your postcode and phone number?', 'en'],
    ['Please post your account number below so we can check.', 'en'],
  ]);
  quiet('rep.personal_data_public', [
    ['Envoyez-nous votre numéro de commande en MP, nous regardons.', 'fr'],
    ['Ne communiquez jamais votre mot de passe, même à nos conseillers.', 'fr'],
    ['Merci, je retrouve bien la commande 55821 que vous mentionnez.', 'fr'],
    ['Vous pouvez modifier votre adresse postale depuis votre espace client.', 'fr'],
    ['Please DM us your order number and we will check.', 'en'],
    ["Please don't share your card number here, call us on 0800 000 000.", 'en'],
    ['You can reach us at help@acme.example or on 0800 123 456.', 'en'],
  ]);
});

describe('rep.canned', () => {
  fires('rep.canned', [
    ['Nous accusons bonne réception de votre message. Il sera traité dans les meilleurs délais.', 'fr'],
    ['Merci pour votre patience, nous restons à votre disposition.', 'fr'],
    ['Thank you for contacting us. Your request has been received and will be processed in due course.', 'en'],
    ['We apologise for any inconvenience this may have caused.', 'en'],
  ]);
  quiet('rep.canned', [
    ['Désolés Léo, le vélo part demain matin, tu auras le suivi par SMS.', 'fr'],
    ['Sorry Mia, the replacement lamp ships tomorrow with DPD.', 'en'],
  ]);
});

describe('rep.salesy', () => {
  const upset = { post: 'Trois jours sans électricité, je suis à bout.' };
  const upsetEn = { post: 'My internet has been down for three days, this is a joke.' };
  fires('rep.salesy', [['En attendant, profitez de -20 % sur notre gamme de lampes solaires !', 'fr']], upset);
  fires('rep.salesy', [['Découvrez notre nouvelle offre Confort+, idéale pour les coupures.', 'fr']], upset);
  fires('rep.salesy', [['Why not upgrade to our Premium plan? First month free!', 'en']], upsetEn);
  quiet('rep.salesy', [['Nous vous remboursons les trois jours et vous offrons un mois pour vous excuser.', 'fr']], upset);
  quiet('rep.salesy', [["We've credited a month to your account for the trouble.", 'en']], upsetEn);

  it('is no sales pitch when the person asked about prices', () => {
    const draft = { post: 'Vous avez des réductions pour les familles nombreuses ?', reply: 'Oui, -10 % sur tous les forfaits avec la carte Famille.', lang: 'fr' as const };
    expect(idsOf(draft)).not.toContain('rep.salesy');
  });

  it('underlines the offer', () => {
    const reply = 'Bonjour ! Découvrez notre offre Fibre Max.';
    const hint = hintFor({ ...upset, reply, lang: 'fr' }, 'rep.salesy');
    expect(hint?.span && reply.slice(hint.span.start, hint.span.end)).toBe('Découvrez notre');
  });
});
