// The starter library's wording. Each reply says what happens next and who does it, asks for one
// thing at a time, and never blames the person: CMs adapt these, so they must be worth adapting.
// French comes in both registers because a brand is either "vous" or "tu", never both.

export type StarterVariant = 'fr-vous' | 'fr-tu' | 'en';
export type StarterText = { title: string; body: string };
export type Starter = {
  slug: string;
  /** English ids, so a tone reading ("upset", "question") can suggest the matching template. */
  tags: string[];
  texts: Record<StarterVariant, StarterText>;
};

export const STARTERS: readonly Starter[] = [
  {
    slug: 'complaint-dm',
    tags: ['complaint', 'upset', 'dm'],
    texts: {
      'fr-vous': {
        title: 'Réclamation : inviter en message privé',
        body: "Bonjour {{author.firstName|à vous}}, merci de nous l'avoir signalé, et toutes nos excuses : ce n'est pas ce que nous voulons pour vous. Pour regarder votre dossier sans exposer vos infos ici, écrivez-nous en message privé avec votre numéro de commande : nous prenons le relais.",
      },
      'fr-tu': {
        title: 'Réclamation : inviter en MP (tu)',
        body: "Salut {{author.firstName|à toi}}, merci de nous l'avoir signalé, et toutes nos excuses : ce n'est pas ce qu'on veut pour toi. Pour regarder ton dossier sans exposer tes infos ici, écris-nous en message privé avec ton numéro de commande : on prend le relais.",
      },
      en: {
        title: 'Complaint: take it to DMs',
        body: "Hi {{author.firstName|there}}, thanks for flagging this, and we're sorry: this isn't the experience we want for you. So we can look into it without sharing your details here, could you DM us your order number? We'll take it from there personally.",
      },
    },
  },
  {
    slug: 'delivery-delay',
    tags: ['delivery', 'complaint', 'upset', 'dm'],
    texts: {
      'fr-vous': {
        title: 'Colis en retard',
        body: "Bonjour {{author.firstName|à vous}}, attendre un colis qui n'arrive pas, c'est vraiment pénible, nous comprenons. Envoyez-nous votre numéro de commande en message privé : nous vérifions tout de suite auprès du transporteur, pour vous donner une date fiable plutôt qu'une promesse.",
      },
      'fr-tu': {
        title: 'Colis en retard (tu)',
        body: "Salut {{author.firstName|à toi}}, attendre un colis qui n'arrive pas, c'est vraiment pénible, on comprend. Envoie-nous ton numéro de commande en message privé : on vérifie tout de suite auprès du transporteur, pour te donner une date fiable plutôt qu'une promesse.",
      },
      en: {
        title: 'Late delivery',
        body: "Hi {{author.firstName|there}}, waiting for a parcel that doesn't turn up is frustrating, we get it. DM us your order number and we'll check with the carrier right away, so you get a real delivery date rather than a promise.",
      },
    },
  },
  {
    slug: 'faq-answer',
    tags: ['question', 'faq', 'info'],
    // The caret lands where the CM pastes the FAQ link: a made-up link would be posted as is.
    texts: {
      'fr-vous': {
        title: 'Question : réponse dans la FAQ',
        body: "Bonne question, {{author.firstName|merci de l'avoir posée}} ! Tout est expliqué dans notre FAQ, cas particuliers compris : {{cursor}}\nSi quelque chose reste flou après lecture, dites-le-nous ici : nous compléterons la page.",
      },
      'fr-tu': {
        title: 'Question : réponse dans la FAQ (tu)',
        body: "Bonne question, {{author.firstName|merci de l'avoir posée}} ! Tout est expliqué dans notre FAQ, cas particuliers compris : {{cursor}}\nSi quelque chose reste flou après lecture, dis-le-nous ici : on complétera la page.",
      },
      en: {
        title: 'Question: answer with the FAQ link',
        body: "Good question, {{author.firstName|and thanks for asking}}! Our FAQ covers it, edge cases included: {{cursor}}\nIf anything is still unclear after reading, tell us here and we'll improve the page.",
      },
    },
  },
  {
    slug: 'praise-thanks',
    tags: ['praise', 'thanks', 'positive'],
    texts: {
      'fr-vous': {
        title: 'Remercier pour un compliment',
        body: "Merci {{author.firstName|à vous}}, ça fait vraiment plaisir à lire ! Nous transmettons à toute l'équipe {{brand}}, elle va être ravie. Et si vous avez un coup de cœur en particulier, nous sommes curieux de savoir lequel 😊",
      },
      'fr-tu': {
        title: 'Remercier pour un compliment (tu)',
        body: "Merci {{author.firstName|à toi}}, ça fait vraiment plaisir à lire ! On transmet à toute l'équipe {{brand}}, elle va être ravie. Et si tu as un coup de cœur en particulier, on est curieux de savoir lequel 😊",
      },
      en: {
        title: 'Thanks for the kind words',
        body: "Thank you, {{author.firstName|truly}}! That made our day. We're passing it on to the whole {{brand}} team, they'll be delighted. And if there's one thing you loved most, we'd love to hear which 😊",
      },
    },
  },
  {
    slug: 'guidelines-reminder',
    tags: ['hostile', 'moderation', 'guidelines', 'netiquette'],
    // Acknowledge the grievance before the rule, and leave a door open: the aim is to de-escalate.
    texts: {
      'fr-vous': {
        title: 'Rappel de la nétiquette',
        body: "{{author.firstName|Bonjour}}, nous entendons votre mécontentement et voulons y répondre. Pour que cet espace reste utile à tous, merci de garder un ton respectueux : les messages insultants sont retirés, selon notre charte. Racontez-nous ce qui s'est passé, nous regardons avec vous.",
      },
      'fr-tu': {
        title: 'Rappel de la nétiquette (tu)',
        body: "{{author.firstName|Salut}}, on entend ton mécontentement et on veut y répondre. Pour que cet espace reste utile à tous, merci de garder un ton respectueux : les messages insultants sont retirés, selon notre charte. Raconte-nous ce qui s'est passé, on regarde avec toi.",
      },
      en: {
        title: 'Community guidelines reminder',
        body: "{{author.firstName|Hi}}, we hear that you're unhappy, and we want to help. To keep this space useful for everyone, please keep it respectful: insulting messages are removed under our community guidelines. If you tell us what happened, we'll look into it with you.",
      },
    },
  },
  {
    slug: 'crisis-holding',
    tags: ['crisis', 'escalation', 'statement'],
    // The caret sits before the full stop so the CM can add "et au plus tard à 18 h" when they know.
    texts: {
      'fr-vous': {
        title: "Crise : message d'attente",
        body: "Nous sommes au courant de la situation et nous la prenons très au sérieux. Nos équipes sont mobilisées pour comprendre ce qui s'est passé et y remédier. Nous ferons un nouveau point ici même dès que possible{{cursor}}. Merci de votre patience : nous répondrons à chacun.",
      },
      'fr-tu': {
        title: "Crise : message d'attente (tu)",
        body: "On est au courant de la situation et on la prend très au sérieux. Nos équipes sont mobilisées pour comprendre ce qui s'est passé et y remédier. On fera un nouveau point ici même dès que possible{{cursor}}. Merci pour ta patience : on répondra à chacun.",
      },
      en: {
        title: 'Crisis: holding statement',
        body: "We're aware of the situation and taking it very seriously. Our teams are working to understand what happened and put it right. We'll post an update here as soon as we can{{cursor}}. Thank you for your patience; we'll reply to everyone.",
      },
    },
  },
  {
    slug: 'weekly-topic',
    tags: ['recurring', 'engagement', 'weekly', 'books'],
    texts: {
      'fr-vous': {
        title: 'Livre de la semaine : que lisez-vous ?',
        body: "📚 Livre de la semaine ({{date}}) : que lisez-vous en ce moment ? Un roman qui vous empêche de dormir, un essai qui vous a fait changer d'avis, une BD à offrir… Partagez votre lecture en commentaire : nous partagerons vos trouvailles vendredi. De notre côté : {{cursor}}",
      },
      'fr-tu': {
        title: 'Livre de la semaine : tu lis quoi ?',
        body: "📚 Livre de la semaine ({{date}}) : tu lis quoi en ce moment ? Un roman qui t'empêche de dormir, un essai qui t'a fait changer d'avis, une BD à offrir… Partage ta lecture en commentaire : on relaiera les plus belles trouvailles vendredi. De notre côté : {{cursor}}",
      },
      en: {
        title: 'Book of the week: what are you reading?',
        body: "📚 Book of the week ({{date}}): what are you reading right now? A novel keeping you up at night, an essay that changed your mind, a comic you'd gift a friend… Share it in the comments and we'll round up your finds on Friday. Our pick: {{cursor}}",
      },
    },
  },
];
