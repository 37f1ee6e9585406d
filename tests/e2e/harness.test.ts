// Proves the harness itself: the extension loads, fixtures are served at the real URLs, the
// host editors are the real libraries and take a paste through their own state, Messenger is
// left alone, and the request fence refuses, records and attributes traffic.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FbHostApi, FixtureWindow, XHostApi } from '../fixtures/host/api';
import { QUOTE_POST, X_HOME_POSTS, X_STATUS_FOCUSED, XSS_TEXT } from '../fixtures/markup/samples';
import type { ExtensionHarness } from './harness';
import { launchWithExtension } from './harness';

const MULTILINE = 'Bonjour Camille,\nmerci pour votre message !\n\nL’équipe 🙏';

let h: ExtensionHarness;

beforeAll(async () => {
  h = await launchWithExtension();
});

afterAll(async () => {
  await h?.close();
});

/** A user's paste: a ClipboardEvent whose clipboardData holds text/plain, as SITES.md describes. */
async function paste(page: Page, target: ElementHandle<Element>, text: string): Promise<void> {
  await target.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  // Both editors commit synchronously in the event or on the next microtask; a frame is plenty.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

type Target = ElementHandle<Element> | number;
const xHost = (page: Page) => ({
  getText: (target: Target = 0) => page.evaluate((t) => ((window as FixtureWindow).__host as XHostApi).getText(t), target),
  isReplyEnabled: (target: Target = 0) => page.evaluate((t) => ((window as FixtureWindow).__host as XHostApi).isReplyEnabled(t), target),
  getSelection: (target: Target = 0) => page.evaluate((t) => ((window as FixtureWindow).__host as XHostApi).getSelection(t), target),
});

async function required(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const el = await page.waitForSelector(selector, { timeout: 5000 });
  if (!el) throw new Error(`No element matches ${selector}`);
  return el;
}

/** Isolated worlds our extension created in the tab: one per content script that ran. */
async function contentScriptWorlds(page: Page, extensionId: string): Promise<number> {
  const session = await page.createCDPSession();
  let count = 0;
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) count++;
  });
  // Enabling replays every existing context.
  await session.send('Runtime.enable');
  await session.detach();
  return count;
}

async function settle(page: Page): Promise<void> {
  // Content scripts run at document_idle, which has passed once load fired and the page idled.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(resolve), { timeout: 1000 })));
}

describe('extension', () => {
  it('starts its service worker', async () => {
    const worker = await h.worker();
    expect(worker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    expect(await worker.evaluate('typeof chrome.runtime.getManifest().version')).toBe('string');
  });

  it('attributes requests from the extension to it (the fence works)', async () => {
    const worker = await h.worker();
    const outcome = await worker.evaluate(() => fetch('https://example.com/from-worker').then(() => 'served', () => 'refused'));
    expect(outcome).toBe('refused');
    const seen = h.requests.byExtension().map((r) => r.url);
    expect(seen).toContain('https://example.com/from-worker');
    expect(() => h.assertNoNetwork()).toThrow(/from-worker/);
    // This request was the harness's own probe; the rest of the file must add none.
    h.requests.clear();
  });

  it('stops the worker and wakes a fresh one', async () => {
    const before = await h.worker();
    await before.evaluate(() => {
      (globalThis as { cmskProbe?: number }).cmskProbe = 1;
    });
    await h.stopWorker();
    const after = await h.worker();
    expect(await after.evaluate(() => (globalThis as { cmskProbe?: number }).cmskProbe ?? null)).toBeNull();
  });

  it('opens its own pages', async () => {
    const page = await h.openExtensionPage('options.html');
    expect(page.url()).toBe(`chrome-extension://${h.extensionId}/options.html`);
    await page.close();
  });
});

describe('x.com fixtures', () => {
  it('serves x.com/home at the real URL, and the content script runs there', async () => {
    const page = await h.openPage('https://x.com/home');
    expect(page.url()).toBe('https://x.com/home');
    expect(await page.$$eval('article[data-testid="tweet"]', (els) => els.length)).toBe(X_HOME_POSTS.length);
    const statusIds = await page.$$eval('article[data-testid="tweet"] a[href*="/status/"] > time', (els) => els.map((t) => t.parentElement?.getAttribute('href')));
    expect(statusIds).toContain(`/${QUOTE_POST.handle}/status/${QUOTE_POST.id}`);
    expect(await contentScriptWorlds(page, h.extensionId)).toBeGreaterThan(0);
    // The lead's content script marks the page at startup; until it exists this fails, by design.
    await page.waitForFunction(() => document.documentElement.dataset.cmskSite !== undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.cmskSite ?? null)).toBe('x');
    await page.close();
  });

  it('renders the hostile post as text', async () => {
    const page = await h.openPage('https://x.com/home');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const texts = await page.$$eval('[data-testid="tweetText"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(texts).toContain(XSS_TEXT);
    expect(await page.$$('img[src="x"]')).toHaveLength(0);
    await settle(page);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('switches the page colours with ?theme=', async () => {
    const page = await h.openPage('https://x.com/home?theme=dark');
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      scheme: document.documentElement.style.colorScheme,
      text: (document.querySelector('[data-testid="tweetText"]') as HTMLElement | null)?.style.color,
    }));
    expect(colours).toEqual({ body: 'rgb(0, 0, 0)', scheme: 'dark', text: 'rgb(231, 233, 234)' });
    await page.close();
  });

  it('takes a multi-line paste into the Draft.js reply composer and enables Reply', async () => {
    const page = await h.openPage(`https://x.com/${X_STATUS_FOCUSED.handle}/status/${X_STATUS_FOCUSED.id}`);
    const editor = await required(page, '[data-testid="tweetTextarea_0"][contenteditable="true"]');
    const host = xHost(page);
    expect(await page.evaluate(() => ((window as FixtureWindow).__host as XHostApi).count())).toBe(1);
    expect(await host.getText()).toBe('');
    expect(await host.isReplyEnabled()).toBe(false);
    expect(await page.$eval('[data-testid="tweetButtonInline"]', (b) => b.getAttribute('aria-disabled'))).toBe('true');

    await editor.focus();
    await paste(page, editor, MULTILINE);

    expect(await host.getText()).toBe(MULTILINE);
    expect(await host.getSelection()).toMatchObject({ anchor: MULTILINE.length, focus: MULTILINE.length });
    expect(await host.isReplyEnabled()).toBe(true);
    expect(await page.$eval('[data-testid="tweetButtonInline"]', (b) => [b.hasAttribute('disabled'), b.getAttribute('aria-disabled')])).toEqual([false, null]);
    // Draft.js keeps one block per line, which is what X posts.
    expect(await editor.$$eval('[data-block="true"]', (blocks) => blocks.length)).toBe(MULTILINE.split('\n').length);
    await page.close();
  });

  it('has a Draft.js composer in the reply dialog, with the replied-to post inside the dialog', async () => {
    const page = await h.openPage('https://x.com/compose/post');
    const editor = await required(page, '[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]');
    expect(await page.$eval('[role="dialog"]', (d) => d.querySelector('[data-testid="tweetText"]')?.textContent ?? '')).not.toBe('');
    const host = xHost(page);
    expect(await host.isReplyEnabled(editor)).toBe(false);
    await editor.focus();
    await paste(page, editor, 'Merci !');
    expect(await host.getText(editor)).toBe('Merci !');
    expect(await host.isReplyEnabled(editor)).toBe(true);
    expect(await page.$eval('[role="dialog"] [data-testid="tweetButton"]', (b) => b.hasAttribute('disabled'))).toBe(false);
    // The home composer behind the dialog is untouched.
    expect(await host.getText(0)).toBe('');
    await page.close();
  });
});

describe('facebook.com fixtures', () => {
  it('creates a Lexical comment box on "Commenter" and takes the same paste', async () => {
    const page = await h.openPage('https://www.facebook.com/');
    expect(page.url()).toBe('https://www.facebook.com/');
    const count = () => page.evaluate(() => ((window as FixtureWindow).__host as FbHostApi).count());
    expect(await count()).toBe(0);
    expect(await page.$('[data-lexical-editor="true"]')).toBeNull();

    const commentButton = await required(page, 'div[aria-posinset="1"] [role="button"]:has([data-ad-rendering-role="comment_button"])');
    await commentButton.click();
    const box = await required(page, 'div[aria-posinset="1"] [contenteditable="true"][data-lexical-editor="true"]');
    expect(await count()).toBe(1);
    // Facebook focuses the new box, which is where a picker would insert.
    await page.waitForFunction((el) => document.activeElement === el, {}, box);

    await paste(page, box, MULTILINE);
    expect(await page.evaluate(() => ((window as FixtureWindow).__host as FbHostApi).getText(0))).toBe(MULTILINE);
    expect(await page.evaluate(() => ((window as FixtureWindow).__host as FbHostApi).isSubmitEnabled(0))).toBe(true);

    await page.waitForFunction(() => document.documentElement.dataset.cmskSite !== undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.cmskSite ?? null)).toBe('facebook');
    await page.close();
  });

  it('leaves Messenger alone', async () => {
    const page = await h.openPage('https://www.facebook.com/messages/t/123');
    expect(await page.$('[role="main"] [data-lexical-editor="true"]')).not.toBeNull();
    await settle(page);
    expect(await contentScriptWorlds(page, h.extensionId)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.cmskSite ?? null)).toBeNull();
    await page.close();
  });
});

describe('request fence', () => {
  it('refuses and records an off-site request from a page', async () => {
    const page = await h.openPage('https://x.com/home');
    const outcome = await page.evaluate(() => fetch('https://example.com/').then(() => 'served', () => 'refused'));
    expect(outcome).toBe('refused');
    const record = h.requests.refused.find((r) => r.url === 'https://example.com/');
    expect(record).toMatchObject({ outcome: 'refused', initiator: 'https://x.com/home', fromExtension: false });
    await page.close();
  });

  it('saw no request from the extension in this whole file', () => {
    h.assertNoNetwork({ expectRefused: ['https://example.com/'] });
  });
});
