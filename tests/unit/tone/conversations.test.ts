// Whole exchanges, phrased the way customers and CMs write, none taken from the labelled set:
// they check the rules together, and the traps a keyword list would fall into.
import { describe, expect, it } from 'vitest';
import type { HintId } from '../../../lib/tone';
import { idsOf, type Draft } from './draft';

type Exchange = { name: string; draft: Draft; has: HintId[]; hasNot: HintId[] };

const exchanges: Exchange[] = [
  {
    name: 'a late dress answered with a form sentence',
    draft: { post: "J'ai commandé une robe pour un mariage, elle est arrivée trop tard. Mariage raté.", reply: 'Bonjour, nous avons transmis votre remarque au service concerné.', lang: 'fr' },
    has: ['in.upset', 'rep.canned', 'ctx.missing_empathy', 'ctx.missing_next_step'],
    hasNot: ['in.praise', 'rep.empathy'],
  },
  {
    name: 'a price rise met with a boast',
    draft: { post: 'Vos prix ont encore augmenté, je commence à regarder ailleurs.', reply: 'Nos prix restent parmi les plus bas du marché.', lang: 'fr' },
    has: ['in.upset', 'in.escalation', 'rep.defensive', 'ctx.missing_empathy'],
    hasNot: ['in.question'],
  },
  {
    name: 'card digits asked for in a comment',
    draft: { post: 'Ma carte a été débitée deux fois pour le même achat !', reply: 'Pouvez-vous nous envoyer en commentaire les 4 derniers chiffres de votre carte ?', lang: 'fr' },
    has: ['in.upset', 'rep.personal_data_public'],
    hasNot: ['rep.dm_invite', 'ctx.missing_next_step'],
  },
  {
    name: 'blame put on the carrier',
    draft: { post: 'Vous avez perdu mon colis. Troisième fois. J’en ai ras le bol.', reply: 'Bonjour, le transporteur est responsable des pertes de colis.', lang: 'fr' },
    has: ['in.upset', 'rep.defensive', 'ctx.missing_empathy', 'ctx.missing_next_step'],
    hasNot: ['in.hostile'],
  },
  {
    name: 'mock praise of a "premium" service, thanked literally',
    draft: { post: "Your 'premium' support took 3 days to answer. Impressive.", reply: "Thanks for the feedback! We're glad you enjoyed our premium support.", lang: 'en' },
    has: ['in.sarcasm', 'in.upset', 'ctx.sarcasm_literal'],
    hasNot: ['in.praise', 'rep.empathy'],
  },
  {
    name: 'sarcastic thanks for lost luggage',
    draft: { post: 'Thanks a lot for losing my luggage. Great holiday start.', reply: 'Thanks for your message! We hope you enjoy your holiday.', lang: 'en' },
    has: ['in.sarcasm', 'ctx.sarcasm_literal', 'ctx.missing_empathy'],
    hasNot: ['in.praise'],
  },
  {
    name: 'a customer who ordered the wrong size is not complaining',
    draft: { post: 'I ordered the wrong size, can I swap it?', reply: "Of course! Just use the returns link in your email and we'll send the new size.", lang: 'en' },
    has: ['in.question'],
    hasNot: ['in.upset', 'ctx.missing_next_step', 'ctx.missing_empathy'],
  },
  {
    name: 'a help request is not a complaint',
    draft: { post: "Bonjour, j'ai un souci pour me connecter à mon compte, vous pouvez m'aider ?", reply: 'Bonjour, bien sûr ! Cliquez sur « Mot de passe oublié » et suivez le lien reçu par e-mail.', lang: 'fr' },
    has: ['in.question'],
    hasNot: ['in.upset', 'ctx.missing_empathy', 'ctx.missing_next_step', 'rep.personal_data_public'],
  },
  {
    name: 'pointing to the terms when asked where they are',
    draft: { post: 'Où est-ce que je peux lire vos CGV ?', reply: 'Bonjour ! Vous pouvez consulter nos CGV en bas de chaque page du site.', lang: 'fr' },
    has: ['in.question'],
    hasNot: ['rep.defensive', 'ctx.missing_next_step', 'rep.shouting'],
  },
  {
    name: 'pointing to the terms in answer to a complaint',
    draft: { post: 'Remboursement refusé sans raison, c’est scandaleux.', reply: 'Bonjour, merci de consulter nos CGV.', lang: 'fr' },
    has: ['rep.defensive', 'ctx.missing_empathy'],
    hasNot: ['rep.shouting'],
  },
  {
    name: 'a customer asking whether a text message is a scam',
    draft: { post: "J'ai reçu un SMS qui me demande mes codes, est-ce une arnaque ?", reply: "Oui, c'est une tentative de fraude : ne répondez pas et supprimez le message.", lang: 'fr' },
    has: ['in.question'],
    hasNot: ['in.hostile'],
  },
  {
    name: 'rotten fruit is a complaint, not an insult',
    draft: { post: 'Les pêches étaient pourries à l’arrivée.', reply: 'Désolés pour ces pêches ! On vous rembourse la barquette aujourd’hui.', lang: 'fr' },
    has: ['in.upset', 'rep.empathy'],
    hasNot: ['in.hostile', 'ctx.missing_next_step'],
  },
  {
    name: 'a bakery naming its bread',
    draft: { post: 'Vous faites du pain sans gluten ?', reply: 'Oui, et notre bâtard aux graines est aussi sans gluten le samedi.', lang: 'fr' },
    has: ['in.question'],
    hasNot: ['rep.profanity'],
  },
  {
    name: 'a threat with a follower count',
    draft: { post: 'Je vais vous faire une pub d’enfer sur TikTok, 200k abonnés, vous allez voir.', reply: 'Bonjour, nous sommes désolés. Pouvez-vous nous écrire en privé pour qu’on règle ça ?', lang: 'fr' },
    has: ['in.escalation', 'rep.empathy', 'rep.dm_invite'],
    hasNot: ['in.praise', 'ctx.missing_next_step'],
  },
  {
    name: 'a reply in a hurry, not a threat to call the press',
    draft: { post: "J'écris vite car je suis pressé : vous ouvrez à quelle heure ?", reply: 'Bonjour, dès 9 h !', lang: 'fr' },
    has: ['in.question'],
    hasNot: ['in.escalation', 'in.upset'],
  },
  {
    name: 'praise of the driver, with a warm reply',
    draft: { post: 'Shoutout to the driver who carried my sofa up 4 flights. Hero.', reply: "We'll make sure he hears about it, thank you!", lang: 'en' },
    has: ['in.praise'],
    hasNot: ['in.upset', 'in.sarcasm', 'ctx.sarcasm_literal'],
  },
  {
    name: 'a slow website, an apology and a time frame',
    draft: { post: "The website is so slow today, can't even check out", reply: 'Sorry about that! Our team is working on a fix, it should be back within the hour.', lang: 'en' },
    has: ['in.upset', 'rep.empathy'],
    hasNot: ['ctx.missing_next_step', 'ctx.missing_empathy'],
  },
  {
    name: 'a tu brand answering a vous question in tu',
    draft: { post: 'Est-ce que vous reprenez les anciens téléphones ?', reply: "Salut ! Oui, on reprend ton ancien téléphone en boutique.", lang: 'fr', brand: { register: 'tu' } },
    has: ['in.question'],
    hasNot: ['ctx.register', 'rep.tu_vous_mix'],
  },
];

describe('exchanges', () => {
  it.each(exchanges)('$name', ({ draft, has, hasNot }) => {
    const ids = idsOf(draft);
    for (const id of has) expect(ids, `expected ${id}`).toContain(id);
    for (const id of hasNot) expect(ids, `did not expect ${id}`).not.toContain(id);
  });
});
