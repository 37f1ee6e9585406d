// How long a CM waits between pressing "Insert reply template" and the reply being in X's real
// Draft.js editor, on the status-page fixture in Chromium with the built extension. Timed inside
// the page (performance.now), so the figure is ours plus the editor's, not the test driver's.
// The search's cost per keystroke is in templates.bench.ts. Skipped with --skip-browser.
import type { Page } from 'puppeteer-core';
import type { FixtureWindow } from '../tests/fixtures/host/api';
import { X_STATUS_FOCUSED } from '../tests/fixtures/markup/samples';
import { launchWithExtension } from '../tests/e2e/harness';
import { median } from './stats';

const STATUS_URL = `https://x.com/${X_STATUS_FOCUSED.handle}/status/${X_STATUS_FOCUSED.id}`;
/** A starter template every fresh profile has; the query is what a CM types to find it. */
const QUERY = 'Late delivery';
const args = process.argv.slice(2);
const RUNS = Math.max(3, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 10));

type Sample = { openMs: number; insertedMs: number };

/** One insertion, driven from the page itself: press the button, type the query, Enter, wait for the editor's state. */
function measure(page: Page): Promise<Sample> {
  return page.evaluate(async (query) => {
    const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    async function until<T>(read: () => T | null | undefined, what: string): Promise<T> {
      const deadline = performance.now() + 5000;
      for (;;) {
        const value = read();
        if (value) return value;
        if (performance.now() > deadline) throw new Error(`picker bench: no ${what} after 5 s`);
        await tick();
      }
    }
    const host = (window as FixtureWindow).__host!;
    const box = document.querySelector<HTMLElement>('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!;
    box.focus();
    const button = await until(() => document.querySelector('cmsk-ui[data-cmsk-ui="template-button"]')?.shadowRoot?.querySelector('button'), 'button');
    // Let the template list that focusing asked for arrive, as it has by the time a person clicks.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = performance.now();
    button.click();
    const search = await until(() => document.querySelector('cmsk-ui[data-cmsk-ui="template-picker"]')?.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]'), 'picker');
    const openMs = performance.now() - start;
    search.value = query;
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const picker = search.getRootNode() as ShadowRoot;
    await until(() => picker.querySelector('[role="option"][aria-selected="true"]')?.textContent?.includes(query), 'match');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    await until(() => host.getText(box) !== '', 'insertion');
    return { openMs, insertedMs: performance.now() - start };
  }, QUERY);
}

let samples: Promise<Sample[]> | null = null;

/** One browser for both rows; every run on a fresh page, so the editor starts empty. */
function collect(): Promise<Sample[]> {
  samples ??= (async () => {
    const h = await launchWithExtension();
    try {
      const out: Sample[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const page = await h.openPage(STATUS_URL);
        await page.waitForFunction(() => document.documentElement.dataset.cmskSite === 'x');
        const sample = await measure(page);
        // The first run warms Chromium's caches and the service worker; it is not reported.
        if (i > 0) out.push(sample);
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

const note = `median of ${RUNS}, X status fixture, real Draft.js`;

export default args.includes('--skip-browser')
  ? []
  : [
      { name: 'picker: button → search box ready', unit: 'ms', note, run: async () => median((await collect()).map((s) => s.openMs)) },
      { name: 'picker: button → reply in the editor (type, Enter, paste)', unit: 'ms', note, run: async () => median((await collect()).map((s) => s.insertedMs)) },
    ];
