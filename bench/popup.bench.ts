// How fast today's checklist opens: ms from navigation to the list on screen (the first
// checkbox in the DOM), in real Chromium with the built extension, timed by the page's own
// clock. "Worker stopped" is the open a CM gets after MV3 has stopped the idle service worker:
// the popup was used once, then the worker was stopped; the median of the following opens
// (worker running) is what a CM sees day to day; the round trip is the one message the popup
// sends to reconcile what it painted.
// Run by scripts/bench.mjs; --skip-browser leaves the browser row out, --runs=N sets the opens,
// --extension=DIR measures another unpacked build (an earlier one, to compare).
import type { Page } from 'puppeteer-core';
import { median } from './stats';

const args = process.argv.slice(2);
const runs = Math.max(3, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 10));
const skipBrowser = args.includes('--skip-browser');
const extensionDir = args.find((a) => a.startsWith('--extension='))?.split('=').slice(1).join('=');

/** Installed before any script of the page: notes when the first checkbox is attached. */
function watchForList(): void {
  const w = window as Window & { __cmskListAt?: number };
  const check = () => {
    if (w.__cmskListAt === undefined && document.querySelector('.cmsk-today input[type="checkbox"]')) w.__cmskListAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

async function openOnce(open: () => Promise<Page>): Promise<number> {
  const page = await open();
  try {
    await page.waitForFunction(() => (window as Window & { __cmskListAt?: number }).__cmskListAt !== undefined, { timeout: 20_000 });
    return await page.evaluate(() => (window as Window & { __cmskListAt?: number }).__cmskListAt ?? NaN);
  } finally {
    await page.close();
  }
}

let cached: { cold: number; warm: number; roundTrip: number } | null = null;

async function measurePopup(): Promise<{ cold: number; warm: number; roundTrip: number }> {
  if (cached) return cached;
  const { launchWithExtension } = await import('../tests/e2e/harness');
  const h = await launchWithExtension(extensionDir ? { extensionDir } : {});
  try {
    const url = `chrome-extension://${h.extensionId}/popup.html`;
    const open = async () => {
      const page = await h.browser.newPage();
      await page.evaluateOnNewDocument(watchForList);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    };
    // Not stopped mid-install: a worker Chrome stops for idling has finished its start-up work
    // (today's list built once, the badge set).
    await openOnce(open);
    await h.stopWorker();
    const cold = await openOnce(open);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(await openOnce(open));
    const page = await open();
    // The worker builds the list from IndexedDB for each request: nothing is cached between opens.
    const trips = await page.evaluate(async (n: number) => {
      const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await send({ cmsk: 1, type: 'checklist/today', data: {} });
        times.push(performance.now() - t0);
      }
      return times;
    }, runs * 5);
    await page.close();
    cached = { cold, warm: median(warm), roundTrip: median(trips) };
    return cached;
  } finally {
    await h.close();
  }
}

export default [
  ...(skipBrowser ? [] : [
    {
      name: 'popup: first render, worker stopped (navigation → list)',
      unit: 'ms',
      note: 'real Chromium; the worker starts (and opens IndexedDB) while the popup paints its last list',
      run: async (): Promise<number> => (await measurePopup()).cold,
    },
    {
      name: 'popup: first render, worker running (navigation → list)',
      unit: 'ms',
      note: `real Chromium; median of ${runs} opens`,
      run: async (): Promise<number> => (await measurePopup()).warm,
    },
    {
      name: "popup: checklist/today round trip (today's list built in the worker)",
      unit: 'ms',
      note: `real Chromium; median of ${runs * 5} requests`,
      run: async (): Promise<number> => (await measurePopup()).roundTrip,
    },
  ]),
];
