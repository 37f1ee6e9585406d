// The watch library in a real Chromium: posts saved from the X and Facebook fixture pages (one
// with tags, competitor and note from the Alt+click form, one hostile) are listed with their
// fields, searchable accent-blind, editable, deletable with undo, exported as CSV and JSON
// (read back from the Blob the page hands to the downloads), and nothing reaches the network.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTE_POST, X_HOME_POSTS, XSS_POST, XSS_TEXT } from '../fixtures/markup/samples';
import type { ExtensionHarness } from './harness';
import { launchWithExtension } from './harness';

const BUTTON = 'cmsk-ui[data-cmsk-ui="quick-save"]';
const FORM = 'cmsk-ui[data-cmsk-ui="quick-save-form"]';
const ROW = '.cmsk-clip';

let h: ExtensionHarness;
let library: Page;
const dialogs: string[] = [];

type BlobWindow = Window & { __blobs?: Blob[] };

async function saveOnX(page: Page, postId: string, opts: { alt?: boolean } = {}): Promise<void> {
  await page.evaluate((id) => document.querySelector(`a[href$="/status/${id}"]`)?.scrollIntoView({ block: 'center' }), postId);
  const host = (await page.waitForFunction(
    (sel, id) => [...document.querySelectorAll(sel)].find((el) => el.closest('article')?.querySelector(`a[href$="/status/${id}"] > time`)),
    {},
    BUTTON,
    postId,
  )).asElement();
  const button = (await host?.evaluateHandle((el) => (el as Element).shadowRoot?.querySelector('.cmsk-save__button') ?? null))?.asElement() as ElementHandle<Element> | null | undefined;
  if (!button) throw new Error(`no save button on ${postId}`);
  if (opts.alt) await page.keyboard.down('Alt');
  await button.click();
  if (opts.alt) await page.keyboard.up('Alt');
}

const pressed = (page: Page, postId: string) =>
  page.waitForFunction(
    (sel, id) => [...document.querySelectorAll(sel)].some((el) => el.closest('article')?.querySelector(`a[href$="/status/${id}"] > time`) && el.shadowRoot?.querySelector('[aria-pressed="true"]')),
    { timeout: 5000 },
    BUTTON,
    postId,
  );

const rowTexts = (page: Page) => page.$$eval(ROW, (rows) => rows.map((r) => r.textContent ?? ''));

beforeAll(async () => {
  h = await launchWithExtension();
  const x = await h.openPage('https://x.com/home');
  x.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await x.waitForSelector(BUTTON);
  // Alt+click: the form, then tags, competitor and note typed as a CM would.
  await saveOnX(x, QUOTE_POST.id, { alt: true });
  await x.waitForSelector(FORM);
  // The form focuses its first field once it has rendered; type only then, as a CM would see it.
  await x.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.activeElement?.tagName === 'INPUT', {}, FORM);
  await x.keyboard.type('promo, Lyon');
  await x.keyboard.press('Tab');
  await x.keyboard.type('Café Lumière');
  await x.keyboard.press('Tab');
  await x.keyboard.type('À suivre =SUM(A1)');
  await x.$eval(FORM, (host) => host.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
  await pressed(x, QUOTE_POST.id);
  await saveOnX(x, X_HOME_POSTS[3]?.id ?? '');
  await pressed(x, X_HOME_POSTS[3]?.id ?? '');
  await saveOnX(x, XSS_POST.id);
  await pressed(x, XSS_POST.id);
  await x.close();

  library = await h.browser.newPage();
  library.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  // Exports go through URL.createObjectURL: keep each Blob to read it back.
  await library.evaluateOnNewDocument(() => {
    const original = URL.createObjectURL.bind(URL);
    (window as BlobWindow).__blobs = [];
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) (window as BlobWindow).__blobs?.push(obj);
      return original(obj);
    };
  });
  await library.goto(`chrome-extension://${h.extensionId}/options.html#/clips`, { waitUntil: 'load' });
  await library.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, { timeout: 10_000 }, ROW);
});

afterAll(async () => {
  await h?.close();
});

async function lastBlob(page: Page): Promise<{ bytes: number[]; text: string }> {
  return page.evaluate(async () => {
    const blob = (window as BlobWindow).__blobs?.at(-1);
    if (!blob) throw new Error('no export');
    const buffer = new Uint8Array(await blob.arrayBuffer());
    return { bytes: [...buffer.slice(0, 3)], text: new TextDecoder().decode(buffer) };
  });
}

describe('the watch library', () => {
  it('lists the saved posts newest first with their fields, page text as text', async () => {
    const texts = await rowTexts(library);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain(XSS_TEXT);
    expect(texts[0]).toContain('Sécu <b>Test</b>');
    expect(texts[2]).toContain(QUOTE_POST.name);
    expect(texts[2]).toContain(`@${QUOTE_POST.handle}`);
    expect(texts[2]).toContain('promo');
    expect(texts[2]).toContain('Lyon');
    expect(texts[2]).toContain('Café Lumière');
    expect(texts[2]).toContain('À suivre =SUM(A1)');
    // Media: a placeholder and a link, never an <img> (that would be a network request).
    expect(await library.$$eval(`${ROW} img`, (imgs) => imgs.length)).toBe(0);
    expect(await library.$$eval(`${ROW} a[href^="https://x.com/"]`, (links) => links.map((a) => a.getAttribute('href')))).toContain(`https://x.com/${QUOTE_POST.handle}/status/${QUOTE_POST.id}`);
    expect(await library.$$('.cmsk-main b, .cmsk-main script, img[src="x"]')).toHaveLength(0);
    expect(dialogs).toEqual([]);
  });

  it('searches accent- and case-blind, and filters by competitor', async () => {
    const search = await library.waitForSelector('input[type="search"]');
    await search?.type('LUMIERE');
    await library.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, {}, ROW);
    expect((await rowTexts(library))[0]).toContain(QUOTE_POST.name);
    await search?.click({ count: 3 });
    await library.keyboard.press('Backspace');
    await library.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, {}, ROW);
    const competitor = await library.$$('.cmsk-filters select');
    await competitor[1]?.select('Café Lumière');
    await library.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, {}, ROW);
    await competitor[1]?.select('*');
    await library.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, {}, ROW);
  });

  it('exports CSV with a BOM, one row per clip, quoted and formula-safe', async () => {
    await library.click('::-p-text(Export CSV)');
    const { bytes, text } = await lastBlob(library);
    expect(bytes).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]?.startsWith('Site,Post id,Author,Handle,Text')).toBe(true);
    expect(text).toContain(`"${XSS_TEXT.replace(/"/g, '""')}"`);
    expect(text).toContain('À suivre =SUM(A1)');
    expect(text).toContain(`${QUOTE_POST.id}`);
    expect(text).not.toMatch(/(^|,)=SUM/m);
  });

  it('exports JSON in the backup format, clips only', async () => {
    await library.click('::-p-text(Export JSON)');
    await library.waitForFunction(() => ((window as BlobWindow).__blobs?.length ?? 0) >= 2);
    const backup = JSON.parse((await lastBlob(library)).text) as { format: string; version: number; clips: Array<{ id: string; text: string; samples: unknown[] }>; templates?: unknown };
    expect(backup.format).toBe('cm-sidekick');
    expect(backup.version).toBe(1);
    expect(backup.templates).toBeUndefined();
    expect(backup.clips.map((c) => c.id).sort()).toEqual([`x:${QUOTE_POST.id}`, `x:${X_HOME_POSTS[3]?.id}`, `x:${XSS_POST.id}`].sort());
    expect(backup.clips.find((c) => c.id === `x:${XSS_POST.id}`)?.text).toBe(XSS_TEXT);
    expect(backup.clips.every((c) => c.samples.length >= 1)).toBe(true);
  });

  it('edits a clip note, and deletes with undo', async () => {
    // Toasts from the exports may sit over the row: press the button itself.
    await library.$eval(`button[aria-label="Edit post by ${QUOTE_POST.name}"]`, (b) => (b as HTMLButtonElement).click());
    const note = await library.waitForSelector('.cmsk-modal textarea');
    await note?.click({ count: 3 });
    await library.keyboard.type('Relancer lundi');
    await library.click('.cmsk-modal button[type="submit"]');
    await library.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((r) => r.textContent?.includes('Relancer lundi')), {}, ROW);

    await library.$eval(`button[aria-label="Delete post by ${QUOTE_POST.name}"]`, (b) => (b as HTMLButtonElement).click());
    await library.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, {}, ROW);
    await library.$eval('.cmsk-toast:last-child .cmsk-btn--link', (b) => (b as HTMLButtonElement).click());
    await library.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, {}, ROW);
    expect((await rowTexts(library)).some((t) => t.includes('Relancer lundi'))).toBe(true);
  });

  it('shows the weekly digest grouped by competitor', async () => {
    await library.click('::-p-text(Weekly digest)');
    await library.waitForSelector('.cmsk-digest');
    const groups = await library.$$eval('.cmsk-digest h4', (hs) => hs.map((x) => x.textContent ?? ''));
    expect(groups[0]).toContain('Café Lumière');
    expect(groups.at(-1)).toContain('No competitor');
    await library.click('::-p-text(Saved posts)');
  });

  it('made no network request', () => {
    expect(dialogs).toEqual([]);
    h.assertNoNetwork();
  });
});
