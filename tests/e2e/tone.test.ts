// Tone hints in a real Chromium with the built extension, typed into the real Draft.js (X) and
// Lexical (Facebook) editors of the fixture pages. Waits are on the panel's shadow DOM, polled
// every animation frame; nothing here measures time.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureWindow } from '../fixtures/host/api';
import { fbFeed, fbPage, type FbPostData } from '../fixtures/markup/facebook';
import { X_STATUS_FOCUSED } from '../fixtures/markup/samples';
import { FB_HOST_SCRIPT } from '../fixtures/pages';
import type { ExtensionHarness } from './harness';
import { launchWithExtension } from './harness';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const STATUS_URL = `https://x.com/${X_STATUS_FOCUSED.handle}/status/${X_STATUS_FOCUSED.id}`;
const PANEL = 'cmsk-ui[data-cmsk-ui="tone-panel"]';
const PICKER = 'cmsk-ui[data-cmsk-ui="template-picker"]';
const AGGRESSIVE = "VOUS ÊTES NULS !!! C'EST N'IMPORTE QUOI";
const KIND_X = 'Bonjour Jordan, toutes nos excuses pour cette attente : nous regardons votre commande tout de suite et revenons vers vous en message privé.';
const KIND_FB = "Bonjour Karim, nous sommes vraiment désolés pour cette attente. Écrivez-nous en message privé : nous regardons votre remboursement aujourd'hui.";

// An angry Facebook post, generated with the fixture markup and served at a feed address of its own.
const ANGRY: FbPostData = {
  id: 'pfbid0ToneAngry42', author: 'Karim Benali', authorPath: '/karim.benali', timeLabel: '12 min', lang: 'fr', reactions: 3,
  text: "Vous êtes des escrocs. Trois semaines que j'attends mon remboursement, je vais porter plainte et prévenir la presse !",
};
const ANGRY_URL = 'https://www.facebook.com/?sk=tone';
const ANGRY_PERMALINK = `https://www.facebook.com/karim.benali/posts/${ANGRY.id}`;
/** Starters tagged upset (2), hostile (1), escalation/crisis (1), in three variants each (fr vous, fr tu, en). */
const ANGRY_TEMPLATES = 12;

let h: ExtensionHarness;

beforeAll(async () => {
  h = await launchWithExtension();
  h.route(ANGRY_URL, {
    contentType: 'text/html; charset=utf-8',
    body: fbPage({ title: 'Facebook', provenance: 'CM Sidekick tone test: one angry post (tests/e2e/tone.test.ts)', main: fbFeed([ANGRY]), scripts: [FB_HOST_SCRIPT] }),
  });
});

afterAll(async () => {
  await h?.close();
});

interface Host {
  page: Page;
  errors: string[];
  box: ElementHandle<HTMLElement>;
  /** What the editor would post, from its own state. */
  text(): Promise<string>;
}

async function open(url: string, findBox: (page: Page) => Promise<ElementHandle<HTMLElement>>): Promise<Host> {
  const errors: string[] = [];
  const page = await h.openPage(url, {
    beforeNavigate: async (p) => {
      p.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
      // Every world of the tab, our content script's included.
      const session = await p.createCDPSession();
      session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`));
      session.on('Runtime.consoleAPICalled', ({ type, args }) => type === 'error' && errors.push(`console.error: ${args.map((a) => a.value ?? a.description).join(' ')}`));
      await session.send('Runtime.enable');
    },
  });
  await page.bringToFront();
  await page.setViewport({ width: 1000, height: 1000 });
  await page.waitForFunction(() => document.documentElement.dataset.cmskSite !== undefined);
  const box = await findBox(page);
  return { page, errors, box, text: () => box.evaluate((el) => (window as FixtureWindow).__host!.getText(el)) };
}

async function xBox(page: Page): Promise<ElementHandle<HTMLElement>> {
  const box = (await page.waitForSelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]')) as ElementHandle<HTMLElement>;
  // focus(), not a click: the fixture carries none of X's CSS, and its Draft.js box has no width to click on.
  await box.focus();
  return box;
}

async function fbBox(page: Page): Promise<ElementHandle<HTMLElement>> {
  // Comet fills a post's timestamp link only on hover; the fixture does not, so play Comet here.
  await page.evaluate((permalink) => {
    const link = document.querySelector('[aria-posinset="1"] a[aria-label][href="#"]');
    link?.addEventListener('mouseover', () => link.setAttribute('href', permalink));
  }, ANGRY_PERMALINK);
  await page.hover('[aria-posinset="1"] a[aria-label="12 min"]');
  // "Commenter" creates the box and focuses it, as Facebook does.
  await page.click('[aria-posinset="1"] [role="button"]:has([data-ad-rendering-role="comment_button"])');
  const box = (await page.waitForSelector('[aria-posinset="1"] [contenteditable="true"][data-lexical-editor="true"]')) as ElementHandle<HTMLElement>;
  await page.waitForFunction((el) => document.activeElement === el, {}, box);
  return box;
}

/** Waits, frame by frame, until the panel shows every id of `present` and none of `absent`. */
async function hints(page: Page, present: readonly string[], absent: readonly string[] = []): Promise<string[]> {
  await page.waitForFunction(
    (sel, want, not) => {
      const shown = [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('[data-hint]') ?? [])].map((el) => el.getAttribute('data-hint'));
      return want.every((id) => shown.includes(id)) && not.every((id) => !shown.includes(id));
    },
    { polling: 'raf', timeout: 5000 },
    PANEL,
    present,
    absent,
  );
  return page.$$eval(`${PANEL} >>> [data-hint]`, (els) => els.map((el) => el.getAttribute('data-hint') ?? ''));
}

/**
 * An element inside one of our shadow roots, polled every frame: a change in there is no mutation of
 * the document, which is all waitForSelector watches (and its text query caches what it read).
 */
async function inShadow(page: Page, host: string, selector: string, text?: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (h, sel, want) => [...(document.querySelector(h)?.shadowRoot?.querySelectorAll(sel) ?? [])].find((el) => want === null || el.textContent?.startsWith(want)) ?? null,
    { polling: 'raf', timeout: 5000 },
    host,
    selector,
    text ?? null,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`${selector} not found in ${host}`);
  return element as ElementHandle<Element>;
}
const inPanel = (page: Page, selector: string, text?: string) => inShadow(page, PANEL, selector, text);
const editorFocused = (host: Host) => host.page.evaluate((el) => document.activeElement === el, host.box);

/**
 * The X fixture carries none of X's CSS, and its reply cells lie over the composer (X would have
 * measured them again). Before using the mouse on our panel there, they are taken out of the way.
 */
async function clearReplyCells(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const cell of document.querySelectorAll<HTMLElement>('[data-testid="cellInnerDiv"]')) {
      if (!cell.querySelector('[data-testid="tweetTextarea_0"]') && cell.querySelector('article') && cell !== document.querySelector('[data-testid="cellInnerDiv"]')) cell.style.display = 'none';
    }
  });
}

async function typeAfresh(host: Host, text: string): Promise<void> {
  // Select all, then type over it: the editor replaces its whole state.
  await host.page.keyboard.down('Control');
  await host.page.keyboard.press('a');
  await host.page.keyboard.up('Control');
  await host.page.keyboard.type(text);
}

async function finish(host: Host): Promise<void> {
  expect(host.errors).toEqual([]);
  await host.page.close();
}

async function fromOptions<T>(type: string, data: unknown = {}): Promise<T> {
  const page = await h.openExtensionPage('options.html');
  try {
    const answer = (await page.evaluate((t, d) => chrome.runtime.sendMessage({ cmsk: 1, type: t, data: d }), type, data)) as { ok: boolean; data: T };
    expect(answer.ok).toBe(true);
    return answer.data;
  } finally {
    await page.close();
  }
}

describe('X status page, inline reply', () => {
  it('reads the answered post as soon as the box has focus, and offers its templates one click away', async () => {
    const host = await open(STATUS_URL, xBox);
    expect(await hints(host.page, ['in.upset'])).toEqual(['in.upset']);
    expect(await host.text()).toBe('');
    expect(await editorFocused(host)).toBe(true);
    const panel = await host.page.waitForSelector('::-p-aria([name="Tone hints"][role="status"])');
    expect(await panel!.evaluate((el) => ((el.getRootNode() as ShadowRoot).host as HTMLElement | undefined)?.dataset.cmskUi)).toBe('tone-panel');
    const upset = await inPanel(host.page, '[data-hint="in.upset"]');
    expect(await upset.evaluate((el) => el.querySelector('.cmsk-tone__text')?.textContent)).toBe('Good to know: This person seems upset: start by acknowledging the problem.');
    expect(await upset.evaluate((el) => [el.getAttribute('data-severity'), el.getAttribute('tabindex')])).toEqual(['info', '0']);

    // The mouse gets the reason as the item's tooltip; the mouse never takes the focus from the editor.
    expect(await upset.evaluate((el) => el.getAttribute('title'))).toBe('Triggered by: “never arrived”');
    await clearReplyCells(host.page);
    const matching = await inPanel(host.page, '.cmsk-tone__action', 'Matching templates');
    // Starters tagged "upset": the complaint and the late-delivery replies, in three variants each.
    expect(await matching.evaluate((el) => el.textContent)).toBe('Matching templates (6)');
    await matching.click();
    await inShadow(host.page, PICKER, '[role="option"]');
    const titles = await host.page.$$eval(`${PICKER} >>> [role="option"] .cmsk-picker__title`, (els) => els.map((el) => el.firstChild?.textContent ?? ''));
    expect(titles.sort()).toEqual(['Colis en retard', 'Colis en retard (tu)', 'Complaint: take it to DMs', 'Late delivery', 'Réclamation : inviter en MP (tu)', 'Réclamation : inviter en message privé']);
    await host.page.keyboard.press('Escape');
    await host.page.waitForFunction((sel) => document.querySelector(sel) === null, {}, PICKER);
    expect(await editorFocused(host)).toBe(true);
    // The panel stayed while the picker had the focus.
    expect(await hints(host.page, ['in.upset'])).toEqual(['in.upset']);

    // From the keyboard: the template button, the panel's toggle, then the hint, whose reason opens in place.
    for (let i = 0; i < 3; i++) await host.page.keyboard.press('Tab');
    expect(await upset.evaluate((el) => [(el.getRootNode() as ShadowRoot).activeElement === el, getComputedStyle(el.querySelector('[role="tooltip"]')!).display])).toEqual([true, 'block']);
    expect(await upset.evaluate((el) => el.querySelector('[role="tooltip"]')?.textContent)).toBe('Triggered by: “never arrived”');
    await finish(host);
  });

  it('flags an aggressive draft as it is typed, and clears it for a kind one', async () => {
    const host = await open(STATUS_URL, xBox);
    await hints(host.page, ['in.upset']);
    await host.page.keyboard.type(AGGRESSIVE);
    // The post's reading stays first; the draft's warnings follow, in catalogue order.
    const shown = await hints(host.page, ['rep.shouting', 'rep.excess_punct', 'ctx.missing_empathy', 'ctx.use_name']);
    expect(shown[0]).toBe('in.upset');
    expect(shown.indexOf('rep.shouting')).toBeLessThan(shown.indexOf('rep.excess_punct'));
    // Typing went to the editor untouched.
    expect(await host.text()).toBe(AGGRESSIVE);
    expect(await editorFocused(host)).toBe(true);
    const useName = await inPanel(host.page, '[data-hint="ctx.use_name"] .cmsk-tone__text');
    expect(await useName.evaluate((el) => el.textContent)).toBe('Good to know: Greet Jordan by name.');

    await typeAfresh(host, KIND_X);
    const after = await hints(host.page, ['in.upset', 'rep.empathy'], ['rep.shouting', 'rep.excess_punct', 'ctx.missing_empathy', 'ctx.use_name']);
    expect(await host.text()).toBe(KIND_X);

    // Collapsed, the list goes and the toggle says so; open again on a second press.
    await clearReplyCells(host.page);
    const toggle = await inPanel(host.page, 'button[aria-expanded]');
    // The answer to the last keystroke may land after `after` was read: count what is shown now.
    const onScreen = await host.page.$$eval(`${PANEL} >>> [data-hint]`, (els) => els.length);
    expect(onScreen).toBeGreaterThanOrEqual(after.length);
    await toggle.click();
    expect(await toggle.evaluate((el) => [el.getAttribute('aria-expanded'), el.textContent])).toEqual(['false', `Tone hints (${onScreen})`]);
    expect(await host.page.$eval(`${PANEL} >>> [data-hint="rep.empathy"]`, (el) => (el as HTMLElement).offsetParent)).toBeNull();
    await toggle.click();
    expect(await toggle.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('true');
    expect(await editorFocused(host)).toBe(true);
    await finish(host);
  });

  it('goes away when the CM moves to something else on the page', async () => {
    const host = await open(STATUS_URL, xBox);
    await hints(host.page, ['in.upset']);
    await host.page.focus('input[type="search"], input');
    await host.page.waitForFunction((sel) => document.querySelector(sel) === null, { polling: 'raf' }, PANEL);
    await host.box.focus();
    await hints(host.page, ['in.upset']);
    await finish(host);
  });
});

describe('Facebook comment box', () => {
  it('reads an angry post, offers its templates and a follow-up on today’s list', async () => {
    const host = await open(ANGRY_URL, fbBox);
    expect(await hints(host.page, ['in.upset', 'in.hostile', 'in.escalation'])).toEqual(['in.upset', 'in.hostile', 'in.escalation']);
    const followUp = await inPanel(host.page, '.cmsk-tone__action', "Add to today's follow-ups");
    await followUp.click();
    const done = await inPanel(host.page, '.cmsk-tone__action[data-state="done"]');
    expect(await done.evaluate((el) => [el.textContent, (el as HTMLButtonElement).disabled])).toEqual(["Added to today's follow-ups", true]);
    expect(await editorFocused(host)).toBe(true);
    const today = await fromOptions<{ items: Array<{ label: string; kind: string; url: string | null }> }>('checklist/today');
    expect(today.items.filter((item) => item.label === 'Follow up: Karim Benali (Facebook)').map((item) => [item.kind, item.url])).toEqual([['follow-up', ANGRY_PERMALINK]]);

    const matching = await inPanel(host.page, '.cmsk-tone__action', 'Matching templates');
    expect(await matching.evaluate((el) => el.textContent)).toBe(`Matching templates (${ANGRY_TEMPLATES})`);
    await matching.click();
    await inShadow(host.page, PICKER, '[role="option"]');
    expect((await host.page.$$(`${PICKER} >>> [role="option"]`)).length).toBe(ANGRY_TEMPLATES);
    await host.page.keyboard.press('Escape');
    await host.page.waitForFunction((sel) => document.querySelector(sel) === null, {}, PICKER);
    expect(await editorFocused(host)).toBe(true);
    await finish(host);
  });

  it('flags an aggressive draft as it is typed, and clears it for a kind one', async () => {
    const host = await open(ANGRY_URL, fbBox);
    await hints(host.page, ['in.hostile']);
    await host.page.keyboard.type(AGGRESSIVE);
    await hints(host.page, ['rep.shouting', 'rep.excess_punct', 'ctx.missing_empathy']);
    expect(await host.text()).toBe(AGGRESSIVE);
    await typeAfresh(host, KIND_FB);
    await hints(host.page, ['rep.empathy'], ['rep.shouting', 'rep.excess_punct', 'ctx.missing_empathy']);
    expect(await host.text()).toBe(KIND_FB);
    await finish(host);
  });

  it('hides a muted hint at once, and for good', async () => {
    let host = await open(ANGRY_URL, fbBox);
    await host.page.keyboard.type(AGGRESSIVE);
    await hints(host.page, ['rep.shouting', 'rep.excess_punct']);
    const mute = await inPanel(host.page, '[data-hint="rep.excess_punct"] button[aria-label="Don\'t show this again"]');
    await mute.click();
    // Gone before the background has even answered; the other hints stay.
    await hints(host.page, ['rep.shouting'], ['rep.excess_punct']);
    expect(await editorFocused(host)).toBe(true);
    // Saved by the background: the options page asks it the same way it would.
    for (let i = 0; i < 50 && !(await fromOptions<{ mutedHints: string[] }>('settings/get')).mutedHints.includes('rep.excess_punct'); i++) {
      await host.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    expect((await fromOptions<{ mutedHints: string[] }>('settings/get')).mutedHints).toEqual(['rep.excess_punct']);
    await finish(host);

    host = await open(ANGRY_URL, fbBox);
    await host.page.keyboard.type(AGGRESSIVE);
    expect(await hints(host.page, ['rep.shouting'])).not.toContain('rep.excess_punct');
    await finish(host);

    // Muted everywhere: X too.
    host = await open(STATUS_URL, xBox);
    await host.page.keyboard.type(AGGRESSIVE);
    expect(await hints(host.page, ['rep.shouting'])).not.toContain('rep.excess_punct');
    await finish(host);
  });
});

describe('the extension', () => {
  it('made no network request in this whole file', () => {
    h.assertNoNetwork();
  });
});
