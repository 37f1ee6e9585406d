// Reply templates in a real Chromium with the built extension, against the real Draft.js (X) and
// Lexical (Facebook) editors of the fixture pages. Every insertion is proven by the editor's own
// state (window.__host), which is what the site would post, then checked against the DOM.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FbHostApi, FixtureWindow, HostSelection, XHostApi } from '../fixtures/host/api';
import { X_STATUS_FOCUSED } from '../fixtures/markup/samples';
import type { ExtensionHarness } from './harness';
import { launchWithExtension } from './harness';

// The extension APIs our worker and pages see, as far as this file calls them.
declare const chrome: {
  tabs: { query(query: { url?: string; active?: boolean }): Promise<Array<{ id?: number }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const BODY = "Bonjour {{author.firstName|à vous}},\nDésolés pour ce retard, on regarde tout de suite.\n\nL'équipe Acme";
const reply = (firstName: string) => `Bonjour ${firstName},\nDésolés pour ce retard, on regarde tout de suite.\n\nL'équipe Acme`;
const CURSOR_BODY = 'Merci {{author.firstName|à vous}} ! {{cursor}}\nÀ bientôt';
const cursorReply = (firstName: string) => ({ text: `Merci ${firstName} ! \nÀ bientôt`, caret: `Merci ${firstName} ! `.length });

const BACKUP = {
  format: 'cm-sidekick',
  version: 1,
  exportedAt: '2026-12-01T09:00:00.000Z',
  templates: [
    { id: 'e2e-retard', title: 'Retard de livraison', body: BODY, tags: ['retard'], lang: 'fr', platforms: ['any'], shortcut: 'retard', brand: null },
    { id: 'e2e-curseur', title: 'Merci et à bientôt', body: CURSOR_BODY, tags: ['merci'], lang: 'fr', platforms: ['any'], shortcut: 'bientot', brand: null },
    // {{me.name}} has no value in a fresh profile and no fallback: it must be asked for.
    { id: 'e2e-signature', title: 'Signature', body: 'Cordialement, {{me.name}}', lang: 'fr', platforms: ['any'], shortcut: 'sig', brand: null },
  ],
};

const STATUS_URL = `https://x.com/${X_STATUS_FOCUSED.handle}/status/${X_STATUS_FOCUSED.id}`;
const BUTTON = '::-p-aria([name="Insert reply template"][role="button"])';
const SEARCH = '::-p-aria([name="Search templates"][role="searchbox"])';
const PICKER = 'cmsk-ui[data-cmsk-ui="template-picker"]';

let h: ExtensionHarness;
let dir: string;

beforeAll(async () => {
  h = await launchWithExtension();
  dir = await mkdtemp(join(tmpdir(), 'cmsk-templates-'));
  const page = await h.openExtensionPage('options.html#/settings');
  const path = join(dir, 'templates.json');
  await writeFile(path, JSON.stringify(BACKUP));
  const input = await page.waitForSelector('input[type="file"][aria-label="Import backup"]');
  await input!.uploadFile(path);
  await page.waitForFunction(() => document.querySelector('.cmsk-alert--ok')?.textContent?.includes('Imported: 3 template(s)'));
  await page.close();
});

afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** One host page, with every page error and console error it reports. */
interface Host {
  page: Page;
  errors: string[];
  box: ElementHandle<HTMLElement>;
  text(): Promise<string>;
  submitEnabled(): Promise<boolean>;
  /** X only: the Draft.js selection. */
  selection(): Promise<HostSelection | null>;
  /** The box's text as the DOM shows it: one line per Draft.js block, <br> as a line break in Lexical. */
  domText(): Promise<string>;
}

async function openHost(url: string, findBox: (page: Page) => Promise<ElementHandle<HTMLElement>>): Promise<Host> {
  const errors: string[] = [];
  const page = await h.openPage(url, {
    beforeNavigate: async (p) => {
      p.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
      p.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
      // Every world of the tab, our content scripts' included: an error of ours counts too.
      const session = await p.createCDPSession();
      session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`));
      session.on('Runtime.consoleAPICalled', ({ type, args }) => type === 'error' && errors.push(`console.error: ${args.map((a) => a.value ?? a.description).join(' ')}`));
      await session.send('Runtime.enable');
    },
  });
  await page.bringToFront();
  await page.waitForFunction(() => document.documentElement.dataset.cmskSite !== undefined);
  const box = await findBox(page);
  const isX = url.startsWith('https://x.com/');
  return {
    page,
    errors,
    box,
    text: () => box.evaluate((el) => (window as FixtureWindow).__host!.getText(el)),
    submitEnabled: () =>
      box.evaluate((el, x) => {
        const host = (window as FixtureWindow).__host!;
        return x ? (host as XHostApi).isReplyEnabled(el) : (host as FbHostApi).isSubmitEnabled(el);
      }, isX),
    selection: () => (isX ? box.evaluate((el) => ((window as FixtureWindow).__host as XHostApi).getSelection(el)) : Promise.resolve(null)),
    domText: () =>
      box.evaluate((el) => {
        const blocks = el.querySelectorAll('[data-block="true"]');
        if (blocks.length > 0) return [...blocks].map((b) => b.textContent ?? '').join('\n');
        const lines: string[] = [];
        for (const p of el.children) {
          let line = '';
          for (const node of p.childNodes) line += node.nodeName === 'BR' ? '\n' : (node.textContent ?? '');
          lines.push(line);
        }
        return lines.join('\n');
      }),
  };
}

const xBox = (scope: string) => async (page: Page) => (await page.waitForSelector(`${scope} [data-testid="tweetTextarea_0"][contenteditable="true"]`)) as ElementHandle<HTMLElement>;

async function fbBox(page: Page): Promise<ElementHandle<HTMLElement>> {
  // Facebook creates the comment box when "Commenter" is clicked; the second post has no comments, so the box answers its author.
  const comment = await page.waitForSelector('div[aria-posinset="2"] [role="button"]:has([data-ad-rendering-role="comment_button"])');
  // Our save button mounts when the post scrolls into view; let that frame pass before aiming.
  await comment!.scrollIntoView();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await comment!.click();
  return (await page.waitForSelector('div[aria-posinset="2"] [contenteditable="true"][data-lexical-editor="true"]')) as ElementHandle<HTMLElement>;
}

const SITES = [
  { name: 'X status page, inline reply', url: STATUS_URL, findBox: xBox('[data-testid="primaryColumn"]'), firstName: 'Jordan', via: 'keyboard' },
  { name: 'X reply dialog', url: 'https://x.com/compose/post', findBox: xBox('[role="dialog"]'), firstName: 'Camille', via: 'mouse' },
  { name: 'Facebook comment box', url: 'https://www.facebook.com/', findBox: fbBox, firstName: 'Camille', via: 'mouse' },
] as const;

async function focusBox(host: Host): Promise<void> {
  // focus(), not a click: the X fixture carries none of X's CSS, and its Draft.js box has no width to click on.
  await host.box.focus();
  await host.page.waitForFunction((el) => document.activeElement === el, {}, host.box);
}

/** The element focused inside our shadow roots, as an accessible name, or null. */
async function focusedInPicker(page: Page): Promise<string | null> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector);
    const active = host?.shadowRoot?.activeElement;
    return active ? (active.getAttribute('aria-label') ?? active.tagName) : null;
  }, PICKER);
}

/**
 * Presses "Insert reply template": with the mouse, or from the keyboard (Tab from the box reaches
 * our button, Enter presses it). The X status fixture has no X CSS, so its reply cells lie over
 * the composer; a mouse click there would land on a cell, hence the keyboard on that page.
 */
async function openPickerWithButton(host: Host, via: 'mouse' | 'keyboard'): Promise<void> {
  const button = await host.page.waitForSelector(BUTTON);
  if (via === 'mouse') await button!.click();
  else {
    await host.page.keyboard.press('Tab');
    await host.page.waitForFunction(() => document.activeElement?.getAttribute('data-cmsk-ui') === 'template-button');
    await host.page.keyboard.press('Enter');
  }
  await host.page.waitForSelector(SEARCH);
  expect(await focusedInPicker(host.page)).toBe('Search templates');
}

async function pickerClosed(page: Page): Promise<void> {
  await page.waitForFunction((selector) => document.querySelector(selector) === null, {}, PICKER);
}

/** Lets the editor settle: the paste commits, then the caret move for {{cursor}} runs on the next task. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 30)));
}

async function expectState(host: Host, text: string): Promise<void> {
  await host.page.waitForFunction((el, want) => (window as FixtureWindow).__host!.getText(el) === want, { timeout: 5000 }, host.box, text).catch(() => undefined);
  expect(await host.text()).toBe(text);
  expect(await host.domText()).toBe(text);
  expect(await host.submitEnabled()).toBe(true);
}

async function finish(host: Host): Promise<void> {
  expect(host.errors).toEqual([]);
  await host.page.close();
}

describe.each(SITES)('$name', ({ url, findBox, firstName, via }) => {
  it('inserts the best match for a typed title, with the author’s first name and line breaks', async () => {
    const host = await openHost(url, findBox);
    await focusBox(host);
    expect(await host.text()).toBe('');
    await openPickerWithButton(host, via);
    await host.page.keyboard.type('Retard de liv');
    await host.page.keyboard.press('Enter');
    await pickerClosed(host.page);
    await expectState(host, reply(firstName));
    // The Enter that picked the template did not reach the editor: no extra line.
    await settle(host.page);
    expect(await host.text()).toBe(reply(firstName));
    expect(await host.page.evaluate((el) => document.activeElement === el, host.box)).toBe(true);
    await finish(host);
  });

  it('inserts at the caret and keeps the text already in the box', async () => {
    const host = await openHost(url, findBox);
    await focusBox(host);
    await host.page.keyboard.type('Début Fin');
    for (let i = 0; i < 3; i++) await host.page.keyboard.press('ArrowLeft');
    await settle(host.page);
    await openPickerWithButton(host, via);
    await host.page.keyboard.type('retard');
    await host.page.keyboard.press('Enter');
    await expectState(host, `Début ${reply(firstName)}Fin`);
    await finish(host);
  });

  it('leaves the box untouched on Escape, with the focus and caret back where they were', async () => {
    const host = await openHost(url, findBox);
    await focusBox(host);
    await host.page.keyboard.type('Texte');
    for (let i = 0; i < 2; i++) await host.page.keyboard.press('ArrowLeft');
    await settle(host.page);
    // Always from the keyboard here: the caret saved when the box lost focus is the one restored.
    await openPickerWithButton(host, 'keyboard');
    await host.page.keyboard.type('ret');
    await host.page.keyboard.press('Escape');
    await pickerClosed(host.page);
    expect(await host.text()).toBe('Texte');
    expect(await host.page.evaluate((el) => document.activeElement === el, host.box)).toBe(true);
    const selection = await host.selection();
    if (selection) expect(selection).toEqual({ anchor: 3, focus: 3, hasFocus: true });
    await settle(host.page);
    // Typing goes where the caret was: in both editors, through their own state.
    await host.page.keyboard.type('Z');
    await host.page.waitForFunction((el) => (window as FixtureWindow).__host!.getText(el) !== 'Texte', {}, host.box);
    expect(await host.text()).toBe('TexZte');
    await finish(host);
  });

  it('puts the caret at {{cursor}}', async () => {
    const host = await openHost(url, findBox);
    await focusBox(host);
    await openPickerWithButton(host, via);
    await host.page.keyboard.type('bientôt');
    await host.page.keyboard.press('Enter');
    const expected = cursorReply(firstName);
    await expectState(host, expected.text);
    await settle(host.page);
    const selection = await host.selection();
    if (selection) expect(selection).toMatchObject({ anchor: expected.caret, focus: expected.caret });
    await host.page.keyboard.type('Z');
    await host.page.waitForFunction((el, before) => (window as FixtureWindow).__host!.getText(el) !== before, {}, host.box, expected.text);
    expect(await host.text()).toBe(`${expected.text.slice(0, expected.caret)}Z${expected.text.slice(expected.caret)}`);
    await finish(host);
  });

  it('expands /shortcut on Tab, in place of the typed word', async () => {
    const host = await openHost(url, findBox);
    await focusBox(host);
    await host.page.keyboard.type('Oui. /retard');
    await host.page.keyboard.press('Tab');
    await expectState(host, `Oui. ${reply(firstName)}`);
    // Tab was ours: the focus stayed in the box.
    expect(await host.page.evaluate((el) => document.activeElement === el, host.box)).toBe(true);
    await finish(host);
  });
});

describe('X status page', () => {
  it('asks for a value the post does not give before expanding, and never inserts a raw {{…}}', async () => {
    const host = await openHost(STATUS_URL, SITES[0].findBox);
    await focusBox(host);
    await host.page.keyboard.type('Merci. /sig');
    await host.page.keyboard.press('Tab');
    const field = await host.page.waitForSelector('::-p-aria([name="Your name"][role="textbox"])');
    expect(await focusedInPicker(host.page)).toBe('INPUT');
    expect(await host.text()).toBe('Merci. /sig');
    await field!.type('Léa');
    await host.page.keyboard.press('Enter');
    await pickerClosed(host.page);
    await expectState(host, 'Merci. Cordialement, Léa');
    await finish(host);
  });

  it('leaves Tab alone when no shortcut is before the caret', async () => {
    const host = await openHost(STATUS_URL, SITES[0].findBox);
    await focusBox(host);
    await host.page.keyboard.type('voir https://x.com/retard');
    await host.page.keyboard.press('Tab');
    await settle(host.page);
    expect(await host.text()).toBe('voir https://x.com/retard');
    // The browser moved the focus on, to our button right after the box.
    expect(await host.page.evaluate(() => document.activeElement?.getAttribute('data-cmsk-ui'))).toBe('template-button');
    await finish(host);
  });

  it('places its button after the text area, covering none of the composer’s controls', async () => {
    const host = await openHost(STATUS_URL, SITES[0].findBox);
    await focusBox(host);
    const button = await host.page.waitForSelector(BUTTON);
    const overlaps = await button!.evaluate((el) => {
      const mine = el.getBoundingClientRect();
      const controls = [...document.querySelectorAll('[data-testid="primaryColumn"] button, [data-testid="primaryColumn"] [role="button"]')];
      return controls.filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && mine.left < r.right && r.left < mine.right && mine.top < r.bottom && r.top < mine.bottom;
      }).length;
    });
    expect(overlaps).toBe(0);
    await finish(host);
  });

  it('opens the picker on the keyboard shortcut the background forwards, and counts the use', async () => {
    const worker = await h.worker();
    const commands = (await worker.evaluate('chrome.commands.getAll()')) as Array<{ name: string; shortcut: string }>;
    expect(commands.find((c) => c.name === 'open-template-picker')?.shortcut).toBe('Alt+Shift+M');

    // Usage as the background stores it, asked the way the options page asks.
    const options = await h.openExtensionPage('options.html');
    const usage = () =>
      options.evaluate(async () => {
        const answer = (await chrome.runtime.sendMessage({ cmsk: 1, type: 'templates/list', data: {} })) as { data: Array<{ id: string; usage: { count: number } }> };
        return answer.data.find((t) => t.id === 'e2e-retard')?.usage.count ?? -1;
      });
    const before = await usage();

    const host = await openHost(STATUS_URL, SITES[0].findBox);
    await focusBox(host);
    // What lib/background/commands.ts sends to the tab the shortcut was pressed in.
    const taken = await worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url, active: true });
      return chrome.tabs.sendMessage(tab!.id!, { cmsk: 1, type: 'picker/open' });
    }, STATUS_URL);
    expect(taken).toBe(true);
    await host.page.waitForSelector(SEARCH);
    await host.page.keyboard.type('retard');
    await host.page.keyboard.press('Enter');
    await expectState(host, reply('Jordan'));

    // One insertion, counted once.
    const deadline = Date.now() + 5000;
    while ((await usage()) === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await usage()).toBe(before + 1);
    await options.close();
    await finish(host);
  });
});

describe('the extension', () => {
  it('made no network request in this whole file', () => {
    h.assertNoNetwork();
  });
});
