// People and activity in a real Chromium with the built extension, on the X and Facebook fixture
// pages at their real URLs: a note taken from the card on one post shows, after a reload, on
// another post by the same person; a template inserted for them joins their timeline, shown in
// the card, the People view and the Activity counts; so does a post saved from the page, whose
// author then carries the marker; no network request from us.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureWindow } from '../fixtures/host/api';
import { FB_FEED_POSTS, X_HOME_POSTS, X_STATUS_FOCUSED } from '../fixtures/markup/samples';
import type { ExtensionHarness } from './harness';
import { launchWithExtension, PROJECT_ROOT } from './harness';

const X_HOME = 'https://x.com/home';
const STATUS_URL = `https://x.com/${X_STATUS_FOCUSED.handle}/status/${X_STATUS_FOCUSED.id}`;
const FB_HOME = 'https://www.facebook.com/';
const MARKER = 'cmsk-ui[data-cmsk-ui="people-marker"]';
const SAVE = 'cmsk-ui[data-cmsk-ui="quick-save"]';
/** A brand account the CM saves a post of: no one noted them before. */
const SAVED_HANDLE = 'techdaily';
const NOTE = 'cmsk-ui[data-cmsk-ui="people-note"]';
const CARD = 'cmsk-ui[data-cmsk-ui="people-card"]';
const NOTE_TEXT = 'Commande #4521 en retard, client fidèle';
const FB_PERSON = FB_FEED_POSTS[1]!;
const FB_NOTE = 'Demande la livraison à Lyon';
const BACKUP = {
  format: 'cm-sidekick', version: 1, exportedAt: '2026-12-01T09:00:00.000Z',
  templates: [{ id: 'e2e-retard', title: 'Retard de livraison', body: 'Bonjour {{author.firstName|à vous}}, on regarde tout de suite.', tags: ['retard'], lang: 'fr', platforms: ['any'], shortcut: 'retard', brand: null }],
};

let h: ExtensionHarness;
let dir: string;
const shots: string[] = [];

beforeAll(async () => {
  h = await launchWithExtension();
  dir = await mkdtemp(join(tmpdir(), 'cmsk-people-'));
  const page = await h.openExtensionPage('options.html#/settings');
  const path = join(dir, 'templates.json');
  await writeFile(path, JSON.stringify(BACKUP));
  const input = await page.waitForSelector('input[type="file"][aria-label="Import backup"]');
  await input!.uploadFile(path);
  await page.waitForFunction(() => document.querySelector('.cmsk-alert--ok')?.textContent?.includes('Imported: 1 template(s)'));
  await page.close();
});

afterAll(async () => {
  h?.assertNoNetwork();
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await h.openPage(url);
  await page.bringToFront();
  await page.waitForFunction(() => document.documentElement.dataset.cmskSite !== undefined);
  return page;
}

/** Index, among the page's top-level posts, of those whose author header (`header` inside the post) holds `needle`. */
function postsWith(page: Page, selector: string, header: string, needle: string): Promise<number[]> {
  return page.$$eval(selector, (posts, h, n) => posts.map((p, i) => ((p.querySelector(h)?.textContent ?? '').includes(n) && !p.parentElement?.closest('article, [role="article"]') ? i : -1)).filter((i) => i >= 0), header, needle);
}
const X_AUTHOR = '[data-testid="User-Name"]';
const FB_AUTHOR = '[data-ad-rendering-role="profile_name"], h2, h3, strong';

/** The accessible names of the markers in the posts at `indexes`. */
function markersIn(page: Page, selector: string, indexes: readonly number[]): Promise<Array<string | null>> {
  return page.$$eval(selector, (posts, marker, idx) => idx.map((i) => posts[i]?.querySelector(marker)?.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? null), MARKER, [...indexes]);
}

/** Focuses a link inside the post (what Tab does), which brings up the "Note" action, then presses it. */
async function noteFromPost(page: Page, selector: string, index: number): Promise<void> {
  await page.$$eval(selector, (posts, i) => (posts[i]?.querySelector('a[href]') as HTMLElement | null)?.focus(), index);
  const button = await page.waitForSelector(`${NOTE} >>> button`);
  expect(await button!.evaluate((b) => b.getAttribute('aria-label'))).toMatch(/^Note about /u);
  await button!.evaluate((b) => (b as HTMLButtonElement).click());
  await page.waitForSelector(`${CARD} >>> [role="dialog"]`);
}

async function cardText(page: Page): Promise<string> {
  const dialog = await page.waitForSelector(`${CARD} >>> [role="dialog"]`);
  return dialog!.evaluate((d) => d.textContent ?? '');
}

/** Types the note (the card focuses it on opening) and presses Enter, which saves. */
async function typeNote(page: Page, text: string): Promise<void> {
  const focused = await page.$eval(CARD, (host) => host.shadowRoot?.activeElement?.tagName ?? null);
  expect(focused).toBe('TEXTAREA');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction((card) => document.querySelector(card)?.shadowRoot?.querySelector('[role="status"]')?.textContent === 'Saved', {}, CARD);
}

async function closeCard(page: Page): Promise<void> {
  // The card takes the focus once it has rendered; Escape is the card's key only from then on.
  await page.waitForFunction((card) => document.querySelector(card)?.shadowRoot?.activeElement != null, {}, CARD);
  await page.keyboard.press('Escape');
  await page.waitForFunction((card) => document.querySelector(card) === null, {}, CARD);
}

describe('people on X', () => {
  it('notes a person from the card; after a reload the marker and note are on another post by them', async () => {
    const page = await open(X_HOME);
    const POST = 'article[data-testid="tweet"]';
    await page.waitForSelector(POST);
    const jordan = await postsWith(page, POST, X_AUTHOR, '@jsmith');
    expect(jordan).toHaveLength(1);
    expect(await markersIn(page, POST, jordan)).toEqual([null]);
    await noteFromPost(page, POST, jordan[0]!);
    expect(await cardText(page)).toContain('About Jordan Smith');
    await typeNote(page, NOTE_TEXT);
    await page.waitForFunction((sel, marker, i) => document.querySelectorAll(sel)[i]?.querySelector(marker) !== null, {}, POST, MARKER, jordan[0]!);
    await closeCard(page);
    // Focus went back to the marker that replaced the "Note" action.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cmsk-ui'))).toBe('people-marker');
    // No one else got a marker.
    expect(await page.$$eval(MARKER, (m) => m.length)).toBe(1);
    await page.close();

    const status = await open(STATUS_URL);
    await status.waitForSelector(`${MARKER} >>> button`);
    const onStatus = await postsWith(status, POST, X_AUTHOR, '@jsmith');
    expect(await markersIn(status, POST, onStatus)).toEqual(['Noted: Jordan Smith']);
    expect(X_HOME_POSTS.find((p) => p.handle === 'jsmith')?.id).not.toBe(X_STATUS_FOCUSED.id);
    const marker = await status.waitForSelector(`${MARKER} >>> button`);
    await marker!.evaluate((b) => (b as HTMLButtonElement).click());
    expect(await cardText(status)).toContain('About Jordan Smith');
    expect(await (await status.waitForSelector(`${CARD} >>> textarea`))!.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(NOTE_TEXT);
    await closeCard(status);
    await status.close();
  });

  it('inserting a template for them adds a reply to their card, with the remembered first name', async () => {
    const page = await open(STATUS_URL);
    await page.waitForSelector(`${MARKER} >>> button`);
    const box = (await page.waitForSelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]')) as ElementHandle<HTMLElement>;
    await box.focus();
    // The picker's button arrives with the in-page UI module, loaded on this first focus.
    await page.waitForSelector('cmsk-ui[data-cmsk-ui="template-button"]');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cmsk-ui') === 'template-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('::-p-aria([name="Search templates"][role="searchbox"])');
    await page.keyboard.type('Retard de liv');
    await page.keyboard.press('Enter');
    await page.waitForFunction((el) => (window as FixtureWindow).__host!.getText(el) === 'Bonjour Jordan, on regarde tout de suite.', { timeout: 5000 }, box);
    const marker = await page.waitForSelector(`${MARKER} >>> button`);
    await marker!.evaluate((b) => (b as HTMLButtonElement).click());
    await page.waitForFunction((card) => document.querySelector(card)?.shadowRoot?.textContent?.includes('Reply: Retard de livraison'), { timeout: 5000 }, CARD);
    await page.setViewport({ width: 900, height: 700 });
    const dialog = await page.waitForSelector(`${CARD} >>> [role="dialog"]`);
    const shot = join(dir, 'card.png');
    await page.screenshot({ path: shot, clip: await cardClip(dialog!) });
    shots.push(shot);
    await closeCard(page);
    await page.close();
  });
});

describe('saved posts on their authors', () => {
  it('saving a post puts its author on their timeline; after a reload their post carries the marker', async () => {
    const POST = 'article[data-testid="tweet"]';
    const id = X_HOME_POSTS.find((p) => p.handle === SAVED_HANDLE)!.id;
    const page = await open(X_HOME);
    await page.waitForSelector(POST);
    // Save buttons come as posts near the viewport: bring the post there first.
    const centre = () => page.evaluate((i) => document.querySelector(`a[href$="/status/${i}"]`)?.scrollIntoView({ block: 'center' }), id);
    await centre();
    const save = await page.waitForFunction((sel, i) => [...document.querySelectorAll(sel)].find((el) => el.closest('article')?.querySelector(`a[href$="/status/${i}"] > time`)), {}, SAVE, id);
    await save.asElement()!.evaluate((el) => (el as Element).shadowRoot?.querySelector<HTMLButtonElement>('.cmsk-save__button')?.click());
    await page.waitForFunction((sel, i) => [...document.querySelectorAll(sel)].some((el) => el.closest('article')?.querySelector(`a[href$="/status/${i}"] > time`) && el.shadowRoot?.querySelector('[aria-pressed="true"]')), {}, SAVE, id);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.cmskSite !== undefined);
    await page.waitForSelector(POST);
    await centre();
    const tech = await postsWith(page, POST, X_AUTHOR, `@${SAVED_HANDLE}`);
    await page.waitForFunction((sel, marker, i) => document.querySelectorAll(sel)[i]?.querySelector(marker) !== null, {}, POST, MARKER, tech[0]!);
    expect(await markersIn(page, POST, tech)).toEqual(['Noted: Tech Daily']);
    await page.close();
  });
});

async function cardClip(dialog: ElementHandle<Element>): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await dialog.boundingBox();
  if (!box) throw new Error('card not laid out');
  // The card with the post it sits over, so the screenshot shows where it is.
  return { x: Math.max(0, box.x - 260), y: Math.max(0, box.y - 140), width: box.width + 300, height: box.height + 160 };
}

describe('people on Facebook', () => {
  it('notes a Facebook person; after a reload the marker and note are on their post', async () => {
    const POST = 'div[aria-posinset]';
    const page = await open(FB_HOME);
    await page.waitForSelector(POST);
    const camille = await postsWith(page, POST, FB_AUTHOR, FB_PERSON.author);
    expect(camille.length).toBeGreaterThan(0);
    await noteFromPost(page, POST, camille[0]!);
    expect(await cardText(page)).toContain(`About ${FB_PERSON.author}`);
    await typeNote(page, FB_NOTE);
    await closeCard(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.cmskSite !== undefined);
    await page.waitForSelector(`${MARKER} >>> button`);
    expect(await markersIn(page, POST, [camille[0]!])).toEqual([`Noted: ${FB_PERSON.author}`]);
    const marker = await page.waitForSelector(`${MARKER} >>> button`);
    await marker!.evaluate((b) => (b as HTMLButtonElement).click());
    expect(await (await page.waitForSelector(`${CARD} >>> textarea`))!.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(FB_NOTE);
    await page.close();
  });
});

describe('People and Activity views', () => {
  it('lists the people with their notes, the reply and the saved post; Activity counts them', async () => {
    const page = await h.openExtensionPage('options.html#/people');
    await page.setViewport({ width: 1200, height: 700 });
    await page.waitForSelector('.cmsk-people__table');
    const rows = await page.$$eval('.cmsk-people__table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes('Tech Daily'))).toContain('Post saved: Five things every community manager should automate in 2026');
    const jordan = rows.find((r) => r.includes('Jordan Smith'));
    expect(jordan).toContain(NOTE_TEXT);
    expect(jordan).toContain('Reply: Retard de livraison');
    expect(rows.find((r) => r.includes(FB_PERSON.author))).toContain(FB_NOTE);
    const shot = join(dir, 'people.png');
    await page.screenshot({ path: shot });
    shots.push(shot);
    await page.close();

    const activity = await h.openExtensionPage('options.html#/activity');
    await activity.waitForSelector('[data-groups="replies-template"]');
    expect(await activity.$eval('#replies-title', (el) => el.textContent)).toContain('Total: 1');
    expect(await activity.$$eval('[data-groups="replies-template"] tbody tr', (trs) => trs.map((tr) => tr.textContent))).toEqual(['Retard de livraison1']);
    expect(await activity.$$eval('[data-groups="replies-site"] tbody tr', (trs) => trs.map((tr) => tr.textContent))).toEqual(['X1']);
    // The saved post counts once, as a saved post, never as a reply.
    expect(await activity.$eval('#clips-title', (el) => el.textContent)).toContain('Total: 1');
    await activity.close();
  });

  it('saves the screenshots side by side', async () => {
    expect(shots).toHaveLength(2);
    const { readFile } = await import('node:fs/promises');
    const [card, people] = await Promise.all(shots.map(async (s) => `data:image/png;base64,${(await readFile(s)).toString('base64')}`));
    const page = await h.browser.newPage();
    await page.setViewport({ width: 1800, height: 720 });
    await page.setContent(`<body style="margin:0;display:flex;gap:12px;align-items:flex-start;background:#e6ecf0;padding:12px"><img src="${card}" style="border:1px solid #ccc"><img src="${people}" style="width:1150px;border:1px solid #ccc"></body>`);
    await page.screenshot({ path: join(PROJECT_ROOT, 'docs/screenshot-people.png'), fullPage: true });
    await page.close();
  });
});
