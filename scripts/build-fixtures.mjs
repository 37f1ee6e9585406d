#!/usr/bin/env node
// Builds the host fixtures used by the e2e tests and the browser benchmark:
//  1. bundles the fixture page scripts (real Draft.js + React 17 for X, real Lexical for
//     Facebook) into tests/fixtures/dist/ (gitignored);
//  2. writes the fixture pages tests/fixtures/{x,facebook}/*.html from tests/fixtures/pages.ts.
//     They are checked in so happy-dom tests can read them without a build; a file is only
//     rewritten when its content changes, and `--check` fails instead of writing.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests/fixtures');

const HOST_SCRIPTS = [
  { entry: 'tests/fixtures/host/x-host.ts', out: 'dist/x-host.js' },
  { entry: 'tests/fixtures/host/fb-host.ts', out: 'dist/fb-host.js' },
];

async function bundleHostScripts() {
  await Promise.all(
    HOST_SCRIPTS.map(({ entry, out }) =>
      build({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile: join(fixtures, out),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'chrome120',
        // Production builds, as the hosts ship them: React and Draft.js dev checks would
        // distort the benchmark's baseline.
        minify: true,
        conditions: ['production'],
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', __DEV__: 'false' },
        loader: { '.css': 'text' },
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  );
}

/** Loads tests/fixtures/pages.ts by bundling it in memory; it only imports the pure markup modules. */
async function loadPages() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['tests/fixtures/pages.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function writePages({ check }) {
  const { FIXTURE_PAGES } = await loadPages();
  const stale = [];
  for (const page of FIXTURE_PAGES) {
    const path = join(fixtures, page.file);
    const html = page.html();
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current === html) continue;
    stale.push(relative(root, path));
    if (!check) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, html);
    }
  }
  return { pages: FIXTURE_PAGES.length, stale };
}

export async function buildFixtures({ check = false, quiet = false } = {}) {
  const started = Date.now();
  await bundleHostScripts();
  const { pages, stale } = await writePages({ check });
  if (check && stale.length) {
    throw new Error(`Fixture pages are out of date: ${stale.join(', ')}. Run: node scripts/build-fixtures.mjs`);
  }
  if (!quiet) {
    const wrote = stale.length ? ` (rewrote ${stale.join(', ')})` : ' (unchanged)';
    console.log(`fixtures: ${HOST_SCRIPTS.length} host scripts bundled, ${pages} pages${wrote} in ${Date.now() - started} ms`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildFixtures({ check: process.argv.includes('--check') }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
