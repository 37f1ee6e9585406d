#!/usr/bin/env node
// `npm run bench`: every figure in one table.
//  - bench/*.bench.ts: pure-code benchmarks; each default-exports [{ name, unit, run() }].
//  - bench/browser.ts: what the extension costs an x.com tab (with vs without, real Chromium).
//  - bench/bundle-size.mjs: what each extension context loads, raw and gzipped.
// TypeScript is bundled in memory with esbuild; packages stay external and resolve from the
// project. Flags: --skip-browser, --runs=N, --filter=TEXT (substring of a row or bench name),
// --extension=DIR (measure another unpacked build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleSizeRows } from '../bench/bundle-size.mjs';
import { buildFixtures } from './build-fixtures.mjs';
import { CHROME_HELP, findChrome } from './find-chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const skipBrowser = args.includes('--skip-browser');
// Nine pairs by default: on a busy 2-core machine one pair's difference swings by ±10 ms (the
// page's own garbage collection lands in one run or the other), and five left the median adrift.
const runs = Number(flag('runs') ?? 9);
const filter = flag('filter');
const extensionDir = flag('extension');

const TS_PATH_ALIASES = /^(?:@|~|@@|~~)(?:\/|$)/;
const builtins = new Set(builtinModules);
// Left to Node (resolved from the project): the browser driver and the bundler itself.
// Everything else is bundled, so CommonJS packages keep their named exports.
const EXTERNAL = new Set(['puppeteer-core', 'esbuild']);

/**
 * A data: module cannot resolve bare imports, so externals get absolute file URLs;
 * `import.meta.url` keeps meaning the original file, not the in-memory bundle.
 */
const projectModules = {
  name: 'project-modules',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => {
      if (TS_PATH_ALIASES.test(a.path)) return undefined;
      if (a.path.startsWith('node:') || builtins.has(a.path)) return { path: a.path, external: true };
      const name = a.path.startsWith('@') ? a.path.split('/').slice(0, 2).join('/') : a.path.split('/')[0];
      if (EXTERNAL.has(name)) return { path: import.meta.resolve(a.path), external: true };
      return undefined;
    });
    b.onLoad({ filter: /\.[cm]?tsx?$/ }, async (a) => {
      const source = await readFile(a.path, 'utf8');
      const contents = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href));
      return { contents, loader: a.path.endsWith('x') ? 'tsx' : 'ts', resolveDir: dirname(a.path) };
    });
  },
};

async function importTs(file) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    // Bundled CommonJS may require() Node built-ins, which ESM output has no require() for.
    banner: { js: `import { createRequire as __cmskCreateRequire } from 'node:module'; const require = __cmskCreateRequire(${JSON.stringify(join(root, 'package.json'))});` },
    plugins: [projectModules],
  });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function ensureBuilt() {
  if (existsSync(join(root, '.output/chrome-mv3/manifest.json'))) return;
  console.log('No extension build: running npx wxt build');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const rows = [];
let failed = false;
const wanted = (name) => !filter || name.toLowerCase().includes(filter.toLowerCase());
const fail = (name, error) => {
  failed = true;
  rows.push({ name, value: NaN, unit: '', note: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
};

ensureBuilt();
await buildFixtures({ quiet: true });

const benchDir = join(root, 'bench');
for (const file of (await readdir(benchDir)).filter((f) => f.endsWith('.bench.ts')).sort()) {
  let benches;
  try {
    benches = (await importTs(join(benchDir, file))).default;
    if (!Array.isArray(benches)) throw new Error('default export is not an array of { name, unit, run }');
  } catch (error) {
    fail(file, error);
    continue;
  }
  for (const bench of benches) {
    if (!wanted(bench.name)) continue;
    process.stdout.write(`… ${bench.name}\n`);
    try {
      rows.push({ name: bench.name, value: await bench.run(), unit: bench.unit, note: bench.note });
    } catch (error) {
      fail(bench.name, error);
    }
  }
}

if (wanted('bundle')) {
  try {
    rows.push(...bundleSizeRows(join(root, '.output/chrome-mv3')));
  } catch (error) {
    fail('bundle sizes', error);
  }
}

// The browser bench's rows all start with one of these: a filter naming any part of them runs it.
if (!skipBrowser && ['x.com/home load', 'recycling cells', 'browser'].some(wanted)) {
  const chrome = findChrome();
  if (!chrome) {
    fail('browser', new Error(CHROME_HELP));
  } else {
    process.env.CHROME_PATH = chrome;
    console.log(`… browser: ${runs} alternating runs with and without the extension in ${chrome}`);
    try {
      const { browserBench } = await importTs(join(benchDir, 'browser.ts'));
      rows.push(...(await browserBench({ runs, extensionDir, log: (line) => console.log(line) })));
    } catch (error) {
      fail('browser', error);
    }
  }
}

const format = (v) => (Number.isNaN(v) ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const table = rows.map((r) => [r.name, format(r.value), r.unit, r.note ?? '']);
const widths = [0, 1, 2].map((i) => Math.max(...table.map((t) => t[i].length), ['benchmark', 'value', 'unit'][i].length));
const line = (cells) => `${cells[0].padEnd(widths[0])}  ${cells[1].padStart(widths[1])}  ${cells[2].padEnd(widths[2])}  ${cells[3]}`.trimEnd();
console.log(`\n${line(['benchmark', 'value', 'unit', 'note'])}\n${'─'.repeat(widths[0] + widths[1] + widths[2] + 12)}`);
for (const t of table) console.log(line(t));
if (failed) process.exit(1);
