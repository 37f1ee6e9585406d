// How long the picker's search takes per keystroke over a large library (5,000 templates, far
// above a real CM's few hundred). The budget is 1 ms: above that, typing in the picker lags.

import type { Template } from '../lib/schema';
import { createTemplateIndex } from '../lib/templates/search';
import { starterTemplates } from '../lib/templates/starters';

const COUNT = 5_000;
const WORDS = (
  'commande colis livraison retard remboursement échange taille magasin boutique carte fidélité code promo ' +
  'abonnement facture paiement compte mot passe application mise jour bug connexion horaires ouverture ' +
  'événement atelier inscription nétiquette merci bravo question réponse délai transporteur adresse suivi'
).split(' ');
const QUERIES = ['retard livraison', 'rembours', 'nétiquette', 'merci', 'code promo', 'facture paiement', 'zz'];

// Deterministic pseudo-random, so every run measures the same library.
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function library(): Template[] {
  const random = createRandom(42);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)] ?? 'merci';
  const starters = starterTemplates(new Date('2026-12-01T00:00:00Z'));
  return Array.from({ length: COUNT }, (_, i) => {
    const base = starters[i % starters.length] as Template;
    const used = random() < 0.3;
    return {
      ...base,
      id: `bench-${i}`,
      title: `${pick()} ${pick()} ${i}`,
      tags: [pick(), pick()],
      body: `${base.body} ${Array.from({ length: 20 }, pick).join(' ')}`,
      platforms: random() < 0.2 ? ['facebook'] : ['any'],
      brand: random() < 0.1 ? 'other' : null,
      usage: { count: used ? Math.floor(random() * 40) : 0, lastUsedAt: used ? new Date(Date.UTC(2026, 10, 1 + Math.floor(random() * 30))).toISOString() : null },
    };
  });
}

function typeAll(search: (q: string) => unknown): number {
  let keystrokes = 0;
  for (const query of QUERIES) {
    for (let n = 1; n <= query.length; n++) {
      search(query.slice(0, n));
      keystrokes++;
    }
  }
  return keystrokes;
}

export default [
  {
    name: 'templates: search per keystroke (5,000 templates)',
    unit: 'ms/keystroke',
    run: (): number => {
      const index = createTemplateIndex(library());
      const now = Date.parse('2026-12-01T12:00:00Z');
      const search = (query: string) => index.search(query, { platform: 'x', brandId: 'acme', now, lang: 'fr', register: 'vous', limit: 20 });
      for (let i = 0; i < 5; i++) typeAll(search);
      const rounds = 30;
      let keystrokes = 0;
      const start = performance.now();
      for (let i = 0; i < rounds; i++) keystrokes += typeAll(search);
      return (performance.now() - start) / keystrokes;
    },
  },
];
