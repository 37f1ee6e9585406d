// What CM Sidekick costs a user's x.com tab, in main-thread script time: Chromium without
// and with the extension, the same fixture pages served at the real URL, runs alternated so
// drift (thermal, GC, caches) hits both sides alike. Figures come from CDP
// Performance.getMetrics (ScriptDuration, TaskDuration in main-thread CPU time, content-script
// worlds included), read once the page has gone quiet.
// Run through scripts/bench.mjs, which bundles this file and prints the rows.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { makeXPosts } from '../tests/fixtures/markup/samples';
import { xHomePage } from '../tests/fixtures/pages';
import type { FixtureWindow } from '../tests/fixtures/host/api';
import type { BrowserHarness } from '../tests/e2e/harness';
import { EXTENSION_DIR, launchWithExtension, launchWithout, PROJECT_ROOT } from '../tests/e2e/harness';
import { median } from './stats';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface BrowserBenchOptions {
  /** Alternating runs per side; the median is reported. */
  runs?: number;
  /** Posts in the load timeline. */
  posts?: number;
  /** Cells recycled in the scrolling figure, and how many per animation frame. */
  recycled?: number;
  perFrame?: number;
  /** Unpacked extension to measure; defaults to .output/chrome-mv3. */
  extensionDir?: string;
  log?: (line: string) => void;
}

interface Sample {
  script: number;
  task: number;
}

const HOME = 'https://x.com/home';

async function metrics(session: CDPSession): Promise<Sample> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

/** Waits until script time stops growing: the content script's idle-time work is included. */
async function settle(session: CDPSession): Promise<Sample> {
  let last = await metrics(session);
  let quiet = 0;
  for (let i = 0; i < 80 && quiet < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await metrics(session);
    quiet = now.script - last.script < 0.5 ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

async function openMeasured(h: BrowserHarness, url: string): Promise<{ page: Page; session: CDPSession }> {
  let session: CDPSession | null = null;
  const page = await h.openPage(url, {
    beforeNavigate: async (p) => {
      session = await p.createCDPSession();
      await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    },
  });
  await page.bringToFront();
  if (!session) throw new Error('Performance session was not created');
  return { page, session };
}

async function marker(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.dataset.cmskSite ?? null);
}

async function loadRun(h: BrowserHarness, url: string): Promise<Sample & { site: string | null }> {
  const { page, session } = await openMeasured(h, url);
  const sample = await settle(session);
  const site = await marker(page);
  await page.close();
  return { ...sample, site };
}

async function recycleRun(h: BrowserHarness, url: string, recycled: number, perFrame: number): Promise<Sample & { frames: number }> {
  const { page, session } = await openMeasured(h, url);
  const before = await settle(session);
  const done = await page.evaluate(
    (cells, batch) => {
      const timeline = (window as FixtureWindow).__timeline;
      if (!timeline) throw new Error('the fixture page has no __timeline');
      return timeline.recycle({ cells, perFrame: batch });
    },
    recycled,
    perFrame,
  );
  const after = await settle(session);
  await page.close();
  if (done.recycled !== recycled) throw new Error(`recycled ${done.recycled} of ${recycled} cells`);
  return { script: after.script - before.script, task: after.task - before.task, frames: done.frames };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * What Chrome alone costs an x.com tab for an extension's content script: a copy of the build
 * whose X script only marks the page, measured like the real one. The load figure is set beside
 * it, as the popup's is beside a static page. It goes into a copy, never into the product.
 */
async function floorCopy(extensionDir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'cmsk-load-floor-'));
  await cp(extensionDir, copy, { recursive: true });
  await writeFile(join(copy, 'content-scripts/x.js'), 'document.documentElement.dataset.cmskSite = "floor";\n');
  return copy;
}

export async function browserBench(opts: BrowserBenchOptions = {}): Promise<BenchRow[]> {
  const runs = Math.max(5, opts.runs ?? 5);
  const postCount = opts.posts ?? 1500;
  const recycled = opts.recycled ?? 2000;
  const perFrame = opts.perFrame ?? 10;
  const log = opts.log ?? (() => undefined);
  if (!existsSync(join(PROJECT_ROOT, 'tests/fixtures/dist/x-host.js'))) {
    throw new Error('Host fixtures are not built: run `node scripts/build-fixtures.mjs`');
  }

  // Same page for both sides; the virtual-list script and Draft.js composer run in both.
  const loadPage = xHomePage({ posts: makeXPosts(postCount, 1) });
  // X keeps a few dozen cells mounted and recycles them; 30 is what a tall window holds.
  const scrollPage = xHomePage({ posts: makeXPosts(30, 2) });
  const LOAD_URL = `${HOME}?bench=load`;
  const SCROLL_URL = `${HOME}?bench=scroll`;
  const routes: ReadonlyArray<[string, { body: string; contentType: string }]> = [
    [LOAD_URL, { body: loadPage, contentType: 'text/html; charset=utf-8' }],
    [SCROLL_URL, { body: scrollPage, contentType: 'text/html; charset=utf-8' }],
  ];

  const floorDir = await floorCopy(opts.extensionDir ?? EXTENSION_DIR);
  const without = await launchWithout({ routes });
  const launched: BrowserHarness[] = [without];
  let withExt: BrowserHarness;
  let floor: BrowserHarness;
  try {
    withExt = await launchWithExtension({ routes, extensionDir: opts.extensionDir });
    launched.push(withExt);
    floor = await launchWithExtension({ routes, extensionDir: floorDir });
    launched.push(floor);
  } catch (error) {
    await Promise.all(launched.map((h) => h.close()));
    await rm(floorDir, { recursive: true, force: true });
    throw error;
  }
  const load = { without: [] as Sample[], with: [] as Sample[] };
  const floorLoad: Sample[] = [];
  const scroll = { without: [] as Sample[], with: [] as Sample[] };
  let frames = 0;
  const sites = new Set<string | null>();
  try {
    // One unmeasured round per side: first navigation pays for process and code caches.
    await loadRun(without, SCROLL_URL);
    await loadRun(withExt, SCROLL_URL);
    await loadRun(floor, SCROLL_URL);
    for (let i = 0; i < runs; i++) {
      const order: Array<['without' | 'with', BrowserHarness]> = i % 2 === 0 ? [['without', without], ['with', withExt]] : [['with', withExt], ['without', without]];
      for (const [side, h] of order) {
        const l = await loadRun(h, LOAD_URL);
        if (side === 'with') sites.add(l.site);
        load[side].push(l);
        const r = await recycleRun(h, SCROLL_URL, recycled, perFrame);
        frames = r.frames;
        scroll[side].push(r);
        log(`  run ${i + 1}/${runs} ${side.padEnd(7)} load script ${l.script.toFixed(1)} ms`);
      }
      // Right after the pair, so its difference to the run without drifts as little as theirs.
      floorLoad.push(await loadRun(floor, LOAD_URL));
    }
    withExt.assertNoNetwork();
  } finally {
    await Promise.all(launched.map((h) => h.close()));
    await rm(floorDir, { recursive: true, force: true });
  }

  const m = (samples: Sample[], key: keyof Sample) => median(samples.map((s) => s[key]));
  // Median of the per-run differences: the two runs of a pair ran back to back, so the
  // machine's drift cancels out better than in a difference of medians.
  const extra = (pair: { with: Sample[]; without: Sample[] }, key: keyof Sample) =>
    median(pair.with.map((w, i) => w[key] - (pair.without[i]?.[key] ?? 0)));
  const loadExtra = extra(load, 'script');
  const floorExtra = extra({ with: floorLoad, without: load.without }, 'script');
  const loadTaskExtra = extra(load, 'task');
  const scrollExtra = extra(scroll, 'script');
  const scrollTaskExtra = extra(scroll, 'task');
  const ran = sites.has('x') ? `content script ran (data-cmsk-site=x)` : `content script marker missing (${[...sites].join(', ')}): figures may not include it`;
  const of = `medians of ${runs} alternating runs; extra = median of paired differences`;
  return [
    { name: `x.com/home load, ${postCount} posts: script without extension`, value: round(m(load.without, 'script')), unit: 'ms', note: `task ${round(m(load.without, 'task'))} ms; ${of}` },
    { name: `x.com/home load, ${postCount} posts: script with extension`, value: round(m(load.with, 'script')), unit: 'ms', note: `task ${round(m(load.with, 'task'))} ms; ${ran}` },
    { name: 'x.com/home load: extra script', value: round(loadExtra), unit: 'ms' },
    // Task time adds style, layout and parsing our UI causes, on top of script.
    { name: 'x.com/home load: extra main-thread task', value: round(loadTaskExtra), unit: 'ms' },
    { name: 'x.com/home load: extra script per post', value: round((loadExtra * 1000) / postCount), unit: 'µs' },
    { name: 'x.com/home load floor: a content script that only marks the page, extra script per post', value: round((floorExtra * 1000) / postCount), unit: 'µs', note: `${round(floorExtra)} ms: what Chrome costs a tab for any content script (its isolated world) before any code of ours runs` },
    { name: `recycling ${recycled} cells (${perFrame}/frame): extra script`, value: round(scrollExtra), unit: 'ms', note: `${frames} frames; script without ${round(m(scroll.without, 'script'))} ms, with ${round(m(scroll.with, 'script'))} ms` },
    { name: 'recycling: extra script per recycled cell', value: round((scrollExtra * 1000) / recycled), unit: 'µs' },
    { name: 'recycling: extra main-thread task', value: round(scrollTaskExtra), unit: 'ms', note: `${round((scrollTaskExtra * 1000) / recycled)} µs per cell` },
  ];
}
