import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Genuine third-party captures, read where they live (never copied into the project).
// Paths, not URL objects: under happy-dom the global URL is the page's, which node:fs refuses.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/real-markup');

const FixturesSchema = z.object({
  fixtures: z.array(z.object({ id: z.string(), file: z.string(), site: z.enum(['x', 'facebook']), topLevel: z.number().int(), legacy: z.boolean().optional() })),
});

export const captures = FixturesSchema.parse(JSON.parse(readFileSync(join(DIR, 'fixtures.json'), 'utf8'))).fixtures;

export function capture(id: string): (typeof captures)[number] {
  const found = captures.find((c) => c.id === id);
  if (!found) throw new Error(`fixtures.json has no ${id}`);
  return found;
}

const cache = new Map<string, string>();

/** The capture's markup. Its one legacy tracking iframe is dropped: happy-dom would try to load it. */
export function captureHtml(id: string): string {
  const { file } = capture(id);
  let html = cache.get(file);
  if (html === undefined) {
    html = readFileSync(join(DIR, file), 'utf8').replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/giu, '');
    cache.set(file, html);
  }
  return html;
}

/** Test-only loading: puts the capture in the test document's body. */
export function loadCapture(id: string): void {
  document.body.innerHTML = captureHtml(id);
}

/** The capture as its own document (keeps <html> and <body> attributes, e.g. the theme colour). */
export function parseCapture(id: string): Document {
  return new DOMParser().parseFromString(captureHtml(id), 'text/html');
}
