// What each in-page feature's own code costs a 1,500-post x.com timeline at load, per post:
// Chromium's CPU profiler samples a source-mapped build of the extension, and each sample's
// self time goes to the source file it ran in. Shared machinery (the observer, the post tracker,
// messaging) is reported apart, so "people marker" is the marker's own work: the author read and
// the map lookup per post shown. The with-vs-without figure for the whole extension is in
// bench/browser.ts. Skipped with --skip-browser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { launchWithExtension, PROJECT_ROOT } from '../tests/e2e/harness';
import { makeXPosts } from '../tests/fixtures/markup/samples';
import { xHomePage } from '../tests/fixtures/pages';

const args = process.argv.slice(2);
const RUNS = Math.max(3, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5));
const POSTS = 1500;
const URL = 'https://x.com/home?bench=feature-cost';

/** Source files by the feature they belong to; the first match wins. */
const GROUPS: ReadonlyArray<[string, RegExp]> = [
  ['people marker', /lib\/features\/people-marker|components\/people-card|lib\/people\//],
  ['quick-save', /lib\/features\/quick-save|components\/save-button|lib\/clips\//],
  ['site adapter', /lib\/sites\//],
  ['shared (observer, tracker, messaging, start)', /lib\/(dom|content|messaging|i18n|features\/reply-tools)|node_modules|entrypoints/],
];

interface ProfileNode { id: number; callFrame: { url: string; lineNumber: number; columnNumber: number } }

function build(outDir: string): void {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, env: { ...process.env, CMSK_BENCH_OUT_DIR: outDir }, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`source-mapped build failed:\n${result.stdout}\n${result.stderr}`);
}

let results: Promise<Map<string, number>> | null = null;

/** Milliseconds of extension self time per feature group, averaged over the measured loads. */
function collect(): Promise<Map<string, number>> {
  results ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'cmsk-bench-'));
    try {
      build(outDir);
      const dir = join(outDir, 'chrome-mv3');
      // The content script proper (x.js) and the X module it imports (x-main.js), each with its map.
      const maps = new Map(['x.js', 'x-main.js'].map((file) => [`/content-scripts/${file}`, new SourceMapConsumer(JSON.parse(readFileSync(join(dir, 'content-scripts', `${file}.map`), 'utf8')))]));
      const h = await launchWithExtension({ extensionDir: dir, routes: [[URL, { body: xHomePage({ posts: makeXPosts(POSTS, 1) }), contentType: 'text/html; charset=utf-8' }]] });
      const totals = new Map<string, number>();
      try {
        for (let run = 0; run <= RUNS; run++) {
          let session: CDPSession | null = null;
          const page = await h.openPage(URL, {
            beforeNavigate: async (p) => {
              session = await p.createCDPSession();
              await session.send('Profiler.enable');
              await session.send('Profiler.setSamplingInterval', { interval: 50 });
              await session.send('Profiler.start');
            },
          });
          await new Promise((resolve) => setTimeout(resolve, 3000));
          const { profile } = await (session as unknown as CDPSession).send('Profiler.stop');
          await page.close();
          // The first load pays for Chromium's caches and the worker's start: not reported.
          if (run === 0) continue;
          const self = new Map<number, number>();
          (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
          for (const node of profile.nodes as ProfileNode[]) {
            const map = [...maps].find(([file]) => node.callFrame.url.endsWith(file))?.[1];
            if (!map) continue;
            const ms = (self.get(node.id) ?? 0) / 1000 / RUNS;
            if (ms === 0) continue;
            const source = map.originalPositionFor({ line: node.callFrame.lineNumber + 1, column: node.callFrame.columnNumber }).source ?? '';
            const group = GROUPS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other';
            totals.set(group, (totals.get(group) ?? 0) + ms);
            totals.set('all', (totals.get('all') ?? 0) + ms);
          }
        }
        h.assertNoNetwork();
      } finally {
        await h.close();
      }
      return totals;
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  })();
  return results;
}

const perPost = (group: string) => async () => (((await collect()).get(group) ?? 0) * 1000) / POSTS;
const note = `CPU profiler, mean of ${RUNS} loads, ${POSTS} posts, source-mapped build`;

export default args.includes('--skip-browser')
  ? []
  : [
      { name: 'x.com/home load: people marker own script per post', unit: 'µs', note, run: perPost('people marker') },
      { name: 'x.com/home load: quick-save own script per post', unit: 'µs', note, run: perPost('quick-save') },
      { name: 'x.com/home load: site adapter script per post', unit: 'µs', note, run: perPost('site adapter') },
      { name: 'x.com/home load: shared observer/tracker/messaging script per post', unit: 'µs', note, run: perPost('shared (observer, tracker, messaging, start)') },
      { name: 'x.com/home load: extension script per post (profiler, all)', unit: 'µs', note, run: perPost('all') },
    ];
