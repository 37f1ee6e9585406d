// What the toolbar popup loads decides how fast it opens (npm run bench: "popup: first
// render"). Its module graph, as esbuild bundles it from entrypoints/popup/main.tsx, must stay
// free of what only other pages or the background need, and the strings it registers must
// cover every message key its code names.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMessageKey } from '@/lib/i18n';
import { popupCatalogs } from '@/lib/i18n/popup';

const root = join(import.meta.dirname, '../..');
let modules: string[] = [];

beforeAll(async () => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/popup/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  // Only modules that left code in the bundle: a type-only import or a tree-shaken one costs nothing.
  modules = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => relative(root, join(root, path)));
});

describe('the popup bundle', () => {
  it('loads no validation, database, calendar or recurrence code', () => {
    expect(modules.length).toBeGreaterThan(10);
    for (const heavy of ['zod', 'idb', 'rrule']) expect(modules.filter((m) => m.includes(`node_modules/${heavy}/`)), heavy).toEqual([]);
    expect(modules.filter((m) => m.startsWith('lib/db/') || m.startsWith('lib/schema/') || m.startsWith('lib/calendar/'))).toEqual([]);
  });

  it("registers its own strings only, not the whole product's catalogues", () => {
    expect(modules).toContain('lib/i18n/popup.ts');
    const catalogues = modules.filter((m) => /^lib\/i18n\/(en|fr)(\.ts|\/)/.test(m)).sort();
    expect(catalogues).toEqual(['en/checklist-items', 'en/common', 'en/errors', 'en/popup', 'en/unreachable', 'fr/checklist-items', 'fr/common', 'fr/errors', 'fr/popup', 'fr/unreachable'].map((m) => `lib/i18n/${m}.ts`));
  });

  it('has every message key its code names, in English and French', () => {
    const named = new Set<string>();
    for (const m of modules.filter((p) => !p.includes('node_modules') && !p.startsWith('lib/i18n/'))) {
      for (const [, key] of readFileSync(join(root, m), 'utf8').matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) {
        if (key && isMessageKey(key)) named.add(key);
      }
    }
    // Sanity: the scan finds the popup's own keys and the shared ones.
    expect(named).toContain('popup.title');
    expect(named).toContain('checklist.kind.follow-up');
    expect(named).toContain('common.moved');
    expect(named).toContain('error.unreachable');
    const missing = [...named].filter((key) => !(key in popupCatalogs.en) || !(key in popupCatalogs.fr));
    expect(missing).toEqual([]);
  });
});
