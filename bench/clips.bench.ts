// The watch library at 50,000 saved posts (far above a busy CM's year): building the in-page
// search index, searching it per keystroke (budget 30 ms), and, in a real Chromium with the
// built extension, the options page's first rows on screen (budget 200 ms) and the whole
// library loaded. Skipped in the browser part with --skip-browser.

import type { ClipSummary } from '../lib/protocol/clips';
import { createClipIndex } from '../lib/clips/search-index';
import type { Clip } from '../lib/schema/clip';

const COUNT = 50_000;
const WORDS = (
  'commande colis livraison retard remboursement échange taille magasin boutique carte fidélité code promo ' +
  'abonnement facture paiement compte application mise jour bug connexion horaires ouverture événement atelier ' +
  'merci bravo question réponse délai transporteur adresse suivi café latte croissant noël marché lyon nantes paris ' +
  'order refund support delivery late broken great love launch event community thread blog privacy'
).split(' ');
const AUTHORS = ['Léa Martin', 'Jordan Smith', 'Camille Bernard', 'Alex Chen', 'Marie Dupont', 'Sofia Rossi', 'Nathan Petit', 'Inès Moreau', 'Hugo Lefèvre', 'Priya N'];
const COMPETITORS = [null, null, 'Café Lumière', 'Acme', 'Bistro Central', 'Le Fournil'];
const QUERIES = ['remboursement', 'cafe lumiere', 'retard livraison', 'léa', 'noel marche', 'zzz', 'a'];

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function benchClips(count = COUNT): Clip[] {
  const random = createRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const postId = String(1_700_000_000_000_000_000n + BigInt(i));
    const at = new Date(start + i * 600_000).toISOString();
    const counts = { replies: Math.floor(random() * 50), reposts: Math.floor(random() * 30), likes: Math.floor(random() * 900), views: Math.floor(random() * 90_000) };
    const handle = pick(AUTHORS).toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '_');
    return {
      site: i % 5 === 0 ? 'facebook' : 'x',
      postId,
      id: `${i % 5 === 0 ? 'facebook' : 'x'}:${postId}`,
      permalink: `https://x.com/${handle}/status/${postId}`,
      authorName: pick(AUTHORS),
      authorHandle: handle,
      text: Array.from({ length: 18 + Math.floor(random() * 20) }, () => pick(WORDS)).join(' '),
      time: at,
      counts,
      media: i % 7 === 0 ? [`https://pbs.twimg.com/media/${i}.jpg`] : [],
      isReply: false,
      isQuote: false,
      quotedPostId: null,
      tags: random() < 0.3 ? [pick(['promo', 'sav', 'lancement', 'crise'])] : [],
      competitor: pick(COMPETITORS),
      note: random() < 0.1 ? 'à suivre' : '',
      samples: [{ at, ...counts }],
      savedAt: at,
      updatedAt: at,
    } satisfies Clip;
  });
}

function summaries(clips: Clip[]): ClipSummary[] {
  return clips.map(({ samples, ...rest }) => ({ ...rest, first: samples[0] ?? null, sampleCount: samples.length }));
}

function perKeystroke(index: ReturnType<typeof createClipIndex>): { mean: number; max: number } {
  const times: number[] = [];
  for (const query of QUERIES) {
    for (let n = 1; n <= query.length; n++) {
      const started = performance.now();
      index.search(query.slice(0, n), n % 3 === 0 ? { competitor: 'Acme' } : {});
      times.push(performance.now() - started);
    }
  }
  return { mean: times.reduce((a, b) => a + b, 0) / times.length, max: Math.max(...times) };
}

let cached: { index: ReturnType<typeof createClipIndex>; buildMs: number } | null = null;
function built() {
  if (!cached) {
    const docs = summaries(benchClips());
    const started = performance.now();
    const index = createClipIndex(docs);
    index.search('warm');
    cached = { index, buildMs: performance.now() - started };
  }
  return cached;
}

interface BrowserFigures { firstRows: number; fromView: number; loaded: number; search: number; searchMean: number }

async function browserFigures(): Promise<BrowserFigures> {
  const { launchWithExtension } = await import('../tests/e2e/harness');
  const h = await launchWithExtension();
  try {
    const worker = await h.worker();
    const clips = benchClips();
    // Seeded straight into the store: the figure is about reading and showing, not saving.
    await worker.evaluate(async (records: unknown[]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('cm-sidekick');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('clips', 'readwrite');
        for (const r of records) tx.objectStore('clips').put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, clips);
    const page = await h.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as Window & { __firstRow?: number; __loaded?: number };
      new MutationObserver(() => {
        if (w.__firstRow === undefined && document.querySelector('.cmsk-clip')) w.__firstRow = performance.now();
        if (w.__loaded === undefined && /50[,\u202f\u00a0 ]?000 saved posts/.test(document.querySelector('.cmsk-library__bar [role="status"]')?.textContent ?? '')) w.__loaded = performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`chrome-extension://${h.extensionId}/options.html#/clips`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as Window & { __loaded?: number }).__loaded !== undefined, { timeout: 120_000 });
    const { firstRow, loaded, view } = await page.evaluate(() => {
      const w = window as Window & { __firstRow?: number; __loaded?: number };
      const mark = performance.getEntriesByName('cmsk-clips-view')[0]?.startTime ?? NaN;
      return { firstRow: w.__firstRow ?? NaN, loaded: w.__loaded ?? NaN, view: mark };
    });
    // Typing in the page: time from the input event to the list showing the new results.
    const search = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (!input) return { max: NaN, mean: NaN };
      const times: number[] = [];
      for (const q of ['r', 're', 'rem', 'remb', 'cafe', 'cafe lum']) {
        const started = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        times.push(performance.now() - started);
      }
      return { max: Math.max(...times), mean: times.reduce((a, b) => a + b, 0) / times.length };
    });
    h.assertNoNetwork();
    return { firstRows: firstRow, fromView: firstRow - view, loaded, search: search.max, searchMean: search.mean };
  } finally {
    await h.close();
  }
}

let browser: Promise<BrowserFigures> | null = null;
const skipBrowser = process.argv.includes('--skip-browser');
const inBrowser = () => (browser ??= browserFigures());

export default [
  { name: `clips: build the search index (${COUNT.toLocaleString('en')} clips)`, unit: 'ms', run: () => built().buildMs },
  { name: `clips: search per keystroke, mean (${COUNT.toLocaleString('en')} clips)`, unit: 'ms', note: 'budget 30 ms', run: () => perKeystroke(built().index).mean },
  { name: `clips: search per keystroke, worst (${COUNT.toLocaleString('en')} clips)`, unit: 'ms', note: 'budget 30 ms', run: () => perKeystroke(built().index).max },
  ...(skipBrowser
    ? []
    : [
        { name: `clips library (browser): first rows on screen, ${COUNT.toLocaleString('en')} clips`, unit: 'ms', note: 'budget 200 ms, from the library view mounting', run: async () => (await inBrowser()).fromView },
        { name: 'clips library (browser): first rows from navigation start', unit: 'ms', note: 'includes the options page boot and settings load', run: async () => (await inBrowser()).firstRows },
        { name: 'clips library (browser): whole library loaded and indexed', unit: 'ms', run: async () => (await inBrowser()).loaded },
        { name: 'clips library (browser): search keystroke to results, mean', unit: 'ms', note: 'budget 30 ms; input event to the list re-rendered', run: async () => (await inBrowser()).searchMean },
        { name: 'clips library (browser): search keystroke to results, worst', unit: 'ms', note: 'budget 30 ms; the first keystroke matches most of the library', run: async () => (await inBrowser()).search },
      ]),
];
