// Families of expressions the post rules read, each with fresh wordings and the traps that look
// like them: the rules should read the kind of sentence, not a list of known sentences.
import { describe, expect, it } from 'vitest';
import type { HintId } from '../../../lib/tone';
import { idsOf } from './draft';

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

describe('in.escalation: leaving for a competitor, whatever the wording', () => {
  fires('in.escalation', [
    ["Je vais finir par changer d'opérateur, ras le bol de ces coupures.", 'fr'],
    ['Prochaine étape : je passe à la concurrence.', 'fr'],
    ["J'envisage sérieusement de résilier.", 'fr'],
    ['Third outage this month. Time to switch.', 'en'],
    ['Fine, I’m porting my number tomorrow.', 'en'],
    ["I'm done with you lot, cancelling my contract today.", 'en'],
  ]);
  quiet('in.escalation', [
    ["J'ai changé de banque il y a deux ans et je ne regrette pas, merci à vous.", 'fr'],
    ['Comment résilier mon abonnement en ligne ?', 'fr'],
    ["Je voudrais changer de forfait, vous avez quoi avec plus de data ?", 'fr'],
    ["I'm moving house next month, can I take my broadband with me?", 'en'],
    ['I cancelled my gym membership years ago, is my old account closed?', 'en'],
  ]);
});

describe('in.escalation: taking the money back through the bank', () => {
  fires('in.escalation', [
    ["Si je ne suis pas remboursée demain je fais opposition auprès de ma banque.", 'fr'],
    ['Je compte contester le prélèvement auprès de ma banque.', 'fr'],
    ["Sort this out by Friday or I'm raising a dispute with PayPal.", 'en'],
    ["I'm going to claim under Section 75 if this isn't refunded.", 'en'],
  ]);
  quiet('in.escalation', [
    ["J'ai fait opposition sur ma carte volée hier, comment en recevoir une nouvelle ?", 'fr'],
    ['My card was stolen, how do I order a new one?', 'en'],
  ]);
});

describe('in.escalation: courts, regulators, the press and review sites', () => {
  fires('in.escalation', [
    ["Ça n'en restera pas là, croyez-moi.", 'fr'],
    ["Vous aurez de mes nouvelles, j'ai une protection juridique.", 'fr'],
    ["J'envoie mon dossier à l'UFC-Que Choisir ce soir.", 'fr'],
    ["Si rien n'est fait d'ici vendredi, je saisis le médiateur de l'énergie.", 'fr'],
    ['Je vais mettre une étoile sur Google, vous la méritez.', 'fr'],
    ["You'll be hearing from my solicitor.", 'en'],
    ['Reporting this to the Information Commissioner.', 'en'],
    ["I've written to my MP about your fees.", 'en'],
    ['Posting this all over TikTok tonight.', 'en'],
    ["If my deposit isn't back by Monday I'm going straight to the ombudsman.", 'en'],
  ]);
  quiet('in.escalation', [
    ["J'ai vu un reportage sur vous dans 60 millions de consommateurs, c'était intéressant.", 'fr'],
    ["Ma box ne va pas là où je veux, elle est trop grosse pour le meuble.", 'fr'],
    ['Vos prix sont en dessous de la concurrence, merci pour ça.', 'fr'],
    ['I read about your new store in the local paper, congrats!', 'en'],
    ['I contacted you on Twitter twice and nobody answered.', 'en'],
  ]);
});

describe('in.upset: the same trouble again and again', () => {
  fires('in.upset', [
    ['Trois fois ce mois-ci que le train est supprimé.', 'fr'],
    ["J'ai relancé votre service client cinq fois, silence radio.", 'fr'],
    ["C'est ma troisième relance pour la même facture.", 'fr'],
    ["I've emailed three times and called twice, nothing.", 'en'],
    ['Third time asking: where is my deposit?', 'en'],
  ]);
  quiet('in.upset', [
    ['Une fois reçue, la commande était parfaite, merci !', 'fr'],
    ["C'est la deuxième fois que je commande et j'adore toujours autant.", 'fr'],
  ]);
});

describe('in.upset: machines, products and services that fail the customer', () => {
  fires('in.upset', [
    ['Le distributeur a mangé ma carte ce matin, il est où mon argent ?', 'fr'],
    ['Le sérum m’a donné des boutons, j’ai dû tout jeter 😞', 'fr'],
    ['Rupture de stock depuis des semaines sur mon thé préféré 💔', 'fr'],
    ['Reçu un paquet éventré, la moitié des livres abîmés.', 'fr'],
    ['Mon bac n’a toujours pas été collecté.', 'fr'],
    ['The ATM swallowed my card and the branch is closed.', 'en'],
    ['This moisturiser gave me a rash after two days.', 'en'],
    ['Milk went off two days before the date.', 'en'],
    ['Internet has been dead since Monday and I work from home.', 'en'],
    ["Tracking hasn't moved in a week. Where is it?", 'en'],
    ['My payment went through twice.', 'en'],
    ["My recycling hasn't been collected for a month.", 'en'],
    ['It was sold as waterproof and leaked on day one.', 'en'],
    ['You raised prices the week after I renewed.', 'en'],
  ]);
  quiet('in.upset', [
    ['Je suis allergique aux noix, est-ce que vos brioches en contiennent ?', 'fr'],
    ["I'm torn between the blue and the grey, which one is warmer?", 'en'],
    ['Is the burst of flavour in the new crisps real? They are amazing.', 'en'],
    ['Your store has been on this street since 1990, love it.', 'en'],
    ['I bought a Nerf blaster for my son and he loves it.', 'en'],
    ['Massive thanks to the crew on the 7:15, they handled the breakdown brilliantly.', 'en'],
  ]);
});

describe('in.upset: names of difficulty modes are not feelings', () => {
  quiet('in.upset', [
    ['On a fini le donjon en mode enfer, trop fiers, merci pour ce jeu génial.', 'fr'],
    ['Nightmare mode finally beaten, what a game, thank you devs!', 'en'],
  ]);
});

describe('in.praise: slang, hyperbole and understatement', () => {
  fires('in.praise', [
    ['La nouvelle recette de cookies, une masterclass. Rien à jeter !', 'fr'],
    ["J'ai testé le menu du midi, je valide à 100 %", 'fr'],
    ['Franchement pas dégueu votre nouveau burger', 'fr'],
    ["Coup de cœur pour la boutique de Nantes, l'accueil est au poil.", 'fr'],
    ['Je tiens à remercier Inès du rayon jardin pour ses conseils.', 'fr'],
    ['The new update is a masterclass, no notes.', 'en'],
    ["Honestly can't recommend you enough, the engineer was brilliant.", 'en'],
    ["Couldn't be happier with my new sofa!", 'en'],
    ['10/10 would order again, fab service.', 'en'],
    ["I'd like to compliment Sam at the Derby branch for his patience.", 'en'],
  ]);
  quiet('in.praise', [
    ['Mon code promo n’est pas valide, c’est normal ?', 'fr'],
    ['Ça ne correspond pas à mes attentes, je veux un retour.', 'fr'],
  ]);
});

describe('astonishment takes the colour of the rest of the post', () => {
  it.each([
    ["Le concert d'hier, j'en reviens pas, c'était dingue, merci !", 'fr'],
    ['Speechless. Best gig of my life, thank you!', 'en'],
  ] as const)('reads amazement in %s', (post, lang) => {
    const ids = idsOf({ post, lang });
    expect(ids).toContain('in.praise');
    expect(ids).not.toContain('in.upset');
  });

  it.each([
    ['Je suis choquée, toujours pas de remboursement après un mois.', 'fr'],
    ["J'hallucine, personne ne décroche depuis ce matin.", 'fr'],
    ['Speechless. My order was cancelled without a word.', 'en'],
  ] as const)('reads shock in %s', (post, lang) => {
    const ids = idsOf({ post, lang });
    expect(ids).toContain('in.upset');
    expect(ids).not.toContain('in.praise');
  });
});

describe('in.sarcasm: mock praise whose object is the problem', () => {
  fires('in.sarcasm', [
    ['Quelle joie de recevoir une commande à moitié vide...', 'fr'],
    ['Bravo, encore une panne de réseau ce soir, on n’arrête pas le progrès.', 'fr'],
    ['Colis perdu, deuxième fois. Joli.', 'fr'],
    ['Way to go guys, third delay this week.', 'en'],
    ['Parcel lost twice. 10/10 would not recommend.', 'en'],
    ['You raised prices the week after I renewed. Classy.', 'en'],
  ]);
  fires('in.sarcasm', [
    ["Encore une coupure d'électricité, trop bien, j'adore travailler à la bougie.", 'fr'],
    ['Super le SAV, trois semaines pour une réponse automatique.', 'fr'],
    ['Nothing like a 2 hour queue to start the holidays.', 'en'],
    ['Wow, another price rise. You really spoil us.', 'en'],
    ["Excellent, my account's locked again. Thanks guys.", 'en'],
  ]);
  quiet('in.sarcasm', [
    ['Commande reçue avec un jour de retard, mais parfait, merci !', 'fr'],
    ['Super la nouvelle appli, mais elle plante parfois.', 'fr'],
    ['Nothing like a hot coffee to start the day!', 'en'],
    ['Great pizza, delivery was a bit late though.', 'en'],
  ]);
  quiet('in.sarcasm', [
    ['Bravo au service client, super rapide et très aimable !', 'fr'],
    ['Génial de pouvoir enfin me connecter malgré la panne de ce matin, merci.', 'fr'],
    ['Way to go team, the launch was brilliant!', 'en'],
    ['10/10 would order again, fab service.', 'en'],
  ]);
});
