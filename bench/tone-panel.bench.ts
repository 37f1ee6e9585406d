// What one keystroke in an X reply box costs the page while the tone panel follows the draft:
// the extension's own script time (reading the draft, analyse, render, and the shared observer
// seeing Draft.js re-render), in µs. Measured with the CPU profiler of a real Chromium on the
// status-page fixture: every sample whose stack passes through our content script counts, native
// work it calls (layout for innerText) included. Keys are typed 20 ms apart, longer than a frame,
// so every keystroke gets its own analysis: the worst case. Skipped with --skip-browser.
import type { Page, Protocol } from 'puppeteer-core';
import { X_STATUS_FOCUSED } from '../tests/fixtures/markup/samples';
import { launchWithExtension } from '../tests/e2e/harness';
import { median } from './stats';

const STATUS_URL = `https://x.com/${X_STATUS_FOCUSED.handle}/status/${X_STATUS_FOCUSED.id}`;
const PANEL = 'cmsk-ui[data-cmsk-ui="tone-panel"]';
/** A reply a CM might write to the fixture's complaint, 160 characters. */
const DRAFT = 'Bonjour Jordan, toutes nos excuses pour cette attente : nous regardons votre commande #4521 tout de suite et revenons vers vous en message privé avant ce soir.';
const args = process.argv.slice(2);
const RUNS = Math.max(3, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5));

/** µs of samples whose stack includes a frame of a script under `prefix`. */
function inclusiveUs(profile: Protocol.Profiler.Profile, prefix: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith(prefix)).map((n) => n.id));
  const memo = new Map<number, boolean>();
  const underUs = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = ours.has(id) || (up !== undefined && underUs(up));
    memo.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  // A sample stands for the time until the next one.
  for (let i = 0; i < samples.length - 1; i++) if (underUs(samples[i] as number)) total += deltas[i + 1] as number;
  return total;
}

async function typeOnce(page: Page, prefix: string): Promise<number> {
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  const box = await page.waitForSelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
  await box!.focus();
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[data-hint="in.upset"]'), { polling: 'raf' }, PANEL);
  await session.send('Profiler.start');
  await page.keyboard.type(DRAFT, { delay: 20 });
  // The last keystroke's analysis and render.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  return inclusiveUs(profile, prefix) / DRAFT.length;
}

let samples: Promise<number[]> | null = null;

function collect(): Promise<number[]> {
  samples ??= (async () => {
    const h = await launchWithExtension();
    try {
      const prefix = `chrome-extension://${h.extensionId}/content-scripts/`;
      const out: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const page = await h.openPage(STATUS_URL);
        await page.bringToFront();
        await page.waitForFunction(() => document.documentElement.dataset.cmskSite === 'x');
        const perKey = await typeOnce(page, prefix);
        // The first run warms the profiler, Chromium's caches and the service worker.
        if (i > 0) out.push(perKey);
        await page.close();
      }
      h.assertNoNetwork();
      return out;
    } finally {
      await h.close();
    }
  })();
  return samples;
}

export default args.includes('--skip-browser')
  ? []
  : [
      {
        name: 'tone panel: extension script per keystroke, X reply box (read, analyse, render)',
        unit: 'µs',
        note: `median of ${RUNS}, ${DRAFT.length} keys, CPU profiler, real Draft.js`,
        run: async () => median(await collect()),
      },
    ];
