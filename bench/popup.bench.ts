// How fast today's checklist opens: ms from navigation to the list on screen (the first
// checkbox in the DOM), in real Chromium with the built extension, timed by the page's own
// clock. The opens with the worker running are what a CM sees day to day; "worker stopped" is
// the open right after MV3 stopped the idle service worker. Each is set beside the same open of
// a static page of the extension, which is what Chrome costs before any of our code runs. The
// round trip is the one message the popup sends to reconcile what it painted.
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

interface PopupFigures { cold: number; warm: number; floorCold: number; floorWarm: number; roundTrip: number }
let cached: PopupFigures | null = null;

/**
 * What Chrome alone costs: a page of the same extension holding one static checkbox, no script
 * and no stylesheet, timed the same way. It goes into a copy of the build, never into the product.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>floor</title></head><body><ul class="cmsk-today"><li><input type="checkbox"></li></ul></body></html>';

async function measurePopup(): Promise<PopupFigures> {
  if (cached) return cached;
  const { cp, mkdtemp, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { EXTENSION_DIR, launchWithExtension } = await import('../tests/e2e/harness');
  const copy = await mkdtemp(join(tmpdir(), 'cmsk-popup-bench-'));
  await cp(extensionDir ?? EXTENSION_DIR, copy, { recursive: true });
  await writeFile(join(copy, FLOOR_PAGE), FLOOR_HTML);
  const h = await launchWithExtension({ extensionDir: copy });
  try {
    const open = (path: string) => async () => {
      const page = await h.browser.newPage();
      await page.evaluateOnNewDocument(watchForList);
      await page.goto(`chrome-extension://${h.extensionId}/${path}`, { waitUntil: 'domcontentloaded' });
      return page;
    };
    const popup = open('popup.html');
    const floor = open(FLOOR_PAGE);
    // Not stopped mid-install: a worker Chrome stops for idling has finished its start-up work
    // (today's list built once, the badge set).
    await openOnce(popup);
    // After the worker was stopped: the popup's own message restarts it, the floor page's never does.
    const cold: number[] = [];
    const floorCold: number[] = [];
    const coldRuns = Math.max(3, Math.ceil(runs / 2));
    const settleThenStop = async () => {
      await h.worker();
      // The popup's message leaves the worker busy for a moment (list, badge, snapshot); Chrome
      // restarts a worker stopped mid-task, an idle one stays stopped.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await h.stopWorker();
    };
    for (let i = 0; i < coldRuns; i++) {
      await settleThenStop();
      cold.push(await openOnce(popup));
      await settleThenStop();
      floorCold.push(await openOnce(floor));
    }
    await h.worker();
    const warm: number[] = [];
    const floorWarm: number[] = [];
    for (let i = 0; i < runs; i++) {
      warm.push(await openOnce(popup));
      floorWarm.push(await openOnce(floor));
    }
    const page = await popup();
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
    cached = { cold: median(cold), warm: median(warm), floorCold: median(floorCold), floorWarm: median(floorWarm), roundTrip: median(trips) };
    return cached;
  } finally {
    await h.close();
    await rm(copy, { recursive: true, force: true });
  }
}

export default [
  ...(skipBrowser ? [] : [
    {
      name: 'popup: first render, worker running (navigation → list)',
      unit: 'ms',
      note: `real Chromium; median of ${runs} opens`,
      run: async (): Promise<number> => (await measurePopup()).warm,
    },
    {
      name: 'popup floor: a static page of the extension, worker running',
      unit: 'ms',
      note: `one checkbox, no script or stylesheet: what Chrome alone costs; median of ${runs} opens, alternated with the popup's`,
      run: async (): Promise<number> => (await measurePopup()).floorWarm,
    },
    {
      name: 'popup: first render, worker stopped (navigation → list)',
      unit: 'ms',
      note: `real Chromium; median of ${Math.max(3, Math.ceil(runs / 2))} opens, each right after the worker was stopped`,
      run: async (): Promise<number> => (await measurePopup()).cold,
    },
    {
      name: 'popup floor: the static page, worker stopped',
      unit: 'ms',
      note: 'alternated with the popup\'s',
      run: async (): Promise<number> => (await measurePopup()).floorCold,
    },
    {
      name: "popup: checklist/today round trip (today's list built in the worker)",
      unit: 'ms',
      note: `real Chromium; median of ${runs * 5} requests`,
      run: async (): Promise<number> => (await measurePopup()).roundTrip,
    },
  ]),
];
