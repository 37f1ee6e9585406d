import { describe, expect, it } from 'vitest';
import { hintFor, idsOf } from './draft';

describe('ctx.missing_empathy', () => {
  const post = 'Mon vélo neuf a crevé deux fois en une semaine, je suis vraiment dégoûté.';

  it('flags an upset post answered without a word for the person', () => {
    expect(idsOf({ post, reply: 'Les pneus sont garantis 6 mois, passez en magasin.', lang: 'fr' })).toContain('ctx.missing_empathy');
  });

  it('is satisfied by words of understanding', () => {
    expect(idsOf({ post, reply: 'Deux crevaisons en une semaine, on comprend que tu sois dégoûté. Passe en magasin, on change le pneu.', lang: 'fr' })).not.toContain('ctx.missing_empathy');
  });

  it('leaves a stock apology unlabelled either way', () => {
    const ids = idsOf({ post, reply: 'Nous sommes désolés pour la gêne occasionnée.', lang: 'fr' });
    expect(ids).not.toContain('ctx.missing_empathy');
    expect(ids).not.toContain('rep.empathy');
  });

  it('needs an upset post', () => {
    expect(idsOf({ post: 'Vous ouvrez le lundi ?', reply: 'Oui, de 10 h à 19 h.', lang: 'fr' })).not.toContain('ctx.missing_empathy');
  });

  it('works in English too', () => {
    const ids = idsOf({ post: 'Waited 40 minutes on hold and got cut off. Furious.', reply: 'Our lines are open 8am to 8pm.', lang: 'en' });
    expect(ids).toContain('ctx.missing_empathy');
  });
});

describe('ctx.missing_next_step', () => {
  it('flags an unanswered question', () => {
    const ids = idsOf({ post: 'Où en est ma demande de remboursement ?', reply: 'Merci pour votre message, belle journée !', lang: 'fr' });
    expect(ids).toContain('ctx.missing_next_step');
  });

  it('flags a complaint met with boilerplate only', () => {
    const ids = idsOf({
      post: 'Still no refund after a month. Fed up.',
      reply: 'Thank you for your patience. Your feedback is important to us.',
      lang: 'en',
    });
    expect(ids).toContain('ctx.missing_next_step');
  });

  it('flags a complaint met with a sales pitch', () => {
    const ids = idsOf({
      post: 'Encore une coupure de courant ce matin, ras le bol.',
      reply: 'Découvrez notre offre Sérénité, idéale pour vous !',
      lang: 'fr',
    });
    expect(ids).toContain('ctx.missing_next_step');
  });

  it.each([
    ['Le colis part demain matin, vous recevrez le suivi par SMS.', 'fr'],
    ['Oui, nous livrons à Lille sous 48 h.', 'fr'],
    ['Essayez de redémarrer la box en la débranchant 30 secondes.', 'fr'],
    ['Écrivez-nous en message privé, on regarde votre dossier.', 'fr'],
    ["We'll refund the delivery fee today.", 'en'],
    ['Go to Settings > Account and tap Reset.', 'en'],
    ['Not yet, but it arrives in March.', 'en'],
  ] as const)('accepts a concrete reply: %s', (reply, lang) => {
    const post = lang === 'fr' ? 'Ma commande est toujours bloquée, vous pouvez regarder ?' : 'My order is stuck, can you check?';
    expect(idsOf({ post, reply, lang })).not.toContain('ctx.missing_next_step');
  });

  it('needs a complaint or a question', () => {
    expect(idsOf({ post: 'Merci pour la soirée, top !', reply: 'Merci à toi !', lang: 'fr', brand: { register: 'tu' } })).not.toContain('ctx.missing_next_step');
  });
});

describe('ctx.use_name', () => {
  it('suggests the first name when the reply skips it', () => {
    const hint = hintFor({ post: 'Vous livrez à Brest ?', reply: 'Oui, en 48 h.', author: { firstName: 'Maël' }, lang: 'fr' }, 'ctx.use_name');
    expect(hint?.reason).toBe('Maël');
    expect(hint?.severity).toBe('info');
  });

  it.each(['Oui Maël, en 48 h.', 'MAEL, oui, en 48 h.', 'Bonjour maël ! Oui.'])('sees the name in: %s', (reply) => {
    expect(idsOf({ post: 'Vous livrez à Brest ?', reply, author: { firstName: 'Maël' }, lang: 'fr' })).not.toContain('ctx.use_name');
  });

  it('does not take a longer word for the name', () => {
    expect(idsOf({ post: 'Do you ship to Spain?', reply: 'Yes! Annabelle from the team here.', author: { firstName: 'Anna' }, lang: 'en' })).toContain('ctx.use_name');
  });

  it('says nothing when only a handle is known or nothing is drafted yet', () => {
    expect(idsOf({ post: 'Vous livrez à Brest ?', reply: 'Oui.', author: { firstName: null }, lang: 'fr' })).not.toContain('ctx.use_name');
    expect(idsOf({ post: 'Vous livrez à Brest ?', reply: '', author: { firstName: 'Maël' }, lang: 'fr' })).not.toContain('ctx.use_name');
  });
});

describe('ctx.sarcasm_literal', () => {
  it('warns when mock praise is thanked', () => {
    const ids = idsOf({ post: 'Quelle efficacité, quatrième relance sans réponse.', reply: 'Merci pour votre gentil message, nous sommes ravis !', lang: 'fr' });
    expect(ids).toContain('ctx.sarcasm_literal');
  });

  it('warns in English too', () => {
    const ids = idsOf({ post: 'Thanks for nothing, the router died again 🙄', reply: "You're welcome! Glad we could help.", lang: 'en' });
    expect(ids).toContain('ctx.sarcasm_literal');
  });

  it('is quiet when the reply answers the problem', () => {
    const ids = idsOf({ post: 'Quelle efficacité, quatrième relance sans réponse.', reply: 'Quatre relances, vous avez raison d’être agacée, désolée. Je vous rappelle aujourd’hui.', lang: 'fr' });
    expect(ids).not.toContain('ctx.sarcasm_literal');
  });

  it('is quiet when the praise is sincere', () => {
    const ids = idsOf({ post: 'Livraison en avance et produit parfait, merci !', reply: 'Merci pour votre message, ravis que tout soit parfait !', lang: 'fr' });
    expect(ids).not.toContain('ctx.sarcasm_literal');
  });
});
