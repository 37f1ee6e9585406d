// Today's checklist, the badge and calendar reminders in a real Chromium with the built
// extension. The date is handled without touching the clock: Chromium runs in a fixed-offset
// zone chosen so that it is about 11:00 there now, whatever the real time. With the day
// starting at 13:00, it is still "yesterday" (D−1) on the list; setting the day start to
// 04:00 then crosses into D, exactly as the clock passing 13:00 would. Weekday-dependent
// items are computed from D, and a rendez-vous that repeats every day of the week is created
// so a calendar item is on the list on any date.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionHarness } from './harness';
import { EXTENSION_DIR, launchWithExtension } from './harness';

// The extension APIs our worker and pages see, as far as this file calls them.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const offset = 11 - new Date().getUTCHours();
// POSIX-style names: Etc/GMT-3 is three hours ahead of UTC. With no offset, UTC itself: Chromium
// reports Etc/GMT back as UTC, which failed this file whenever it ran between 11:00 and 12:00 UTC.
const ZONE = offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
const localNow = (ms = Date.now()) => new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(ms).replace(' ', 'T');
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
const D = localNow().slice(0, 10);
const YESTERDAY = addDays(D, -1);

const DAILY_ROUTINE = [
  'Morning watch: sector and competitors',
  'Round of notifications, mentions and private messages',
  'Answer every comment, unhappy ones included; moderate by the guidelines',
  'Look for untagged mentions of the brand',
  "Check today's calendar and the week ahead",
  'Publish or check scheduled posts; hold them if the news makes them inappropriate',
  'Follow running campaigns and contests',
  'Engage with ambassadors and engaged members',
  'Close open tasks and note follow-ups for tomorrow',
];
const ROUND_UP = 'Community round-up';

let h: ExtensionHarness;
let ops: Page;

async function send<T>(type: string, data: unknown): Promise<T> {
  const result = (await ops.evaluate((t, d) => chrome.runtime.sendMessage({ cmsk: 1, type: t, data: d }), type, data)) as { ok: boolean; data?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${type}: ${result.error?.message}`);
  return result.data as T;
}

async function setDayStart(hour: number): Promise<void> {
  const settings = await send<Record<string, unknown>>('settings/get', {});
  await send('settings/save', { ...settings, dayStartHour: hour });
}

async function until(check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const inWorker = async <T>(fn: () => Promise<T>): Promise<T> => (await h.worker()).evaluate(fn) as Promise<T>;
const badge = () => inWorker(() => chrome.action.getBadgeText({}));

async function openPopup(): Promise<Page> {
  const page = await h.openExtensionPage('popup.html');
  await page.waitForSelector('.cmsk-today input[type="checkbox"]');
  return page;
}

/** Each checkbox with its label text and state, in list order. */
const checkboxes = (page: Page) =>
  page.$$eval('.cmsk-today input[type="checkbox"]', (boxes) => boxes.map((b) => ({ label: (b as HTMLInputElement).labels?.[0]?.textContent ?? '', checked: (b as HTMLInputElement).checked })));

beforeAll(async () => {
  // Chromium reads TZ at launch: the worker, the popup and Intl all run in ZONE.
  process.env.TZ = ZONE;
  h = await launchWithExtension();
  ops = await h.openExtensionPage('options.html');
  expect(await (await h.worker()).evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
  await send('calendar/save', {
    event: { title: ROUND_UP, notes: 'Share the best posts of the day.', start: `${addDays(D, -7)}T12:30`, timeZone: ZONE, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', durationMinutes: 15, reminderMinutes: null, inChecklist: true },
  });
  await setDayStart(13);
});

afterAll(async () => {
  h?.assertNoNetwork();
  await h?.close();
});

describe("today's checklist popup", () => {
  it("shows the default routine and today's rendez-vous as real checkboxes", async () => {
    const page = await openPopup();
    const list = await checkboxes(page);
    expect(list.length).toBeGreaterThanOrEqual(5);
    const labels = list.map((b) => b.label);
    for (const label of DAILY_ROUTINE) expect(labels).toContain(label);
    // The round-up of D at 12:30 belongs to the list that runs until 13:00 on D.
    expect(labels).toContain(`12:30${ROUND_UP}`);
    // The seeded weekly rendez-vous: Monday 10:00 and Saturday 11:00, both before 13:00 on D.
    expect(labels.includes('10:00Book of the week')).toBe(weekday(D) === 1);
    expect(labels.includes('11:00What are you reading?')).toBe(weekday(D) === 6);
    // The day on the list is D−1: its weekly team point is there only if D−1 was a Monday.
    expect(labels.includes("Team point: the week's topics and open issues")).toBe(weekday(YESTERDAY) === 1);
    expect(await page.$eval('.cmsk-today__progress p', (p) => p.textContent)).toMatch(/^(\d+) of \1 left$/);
    await page.close();
  });

  it('is one script and an inline stylesheet, so nothing else is fetched before the list is styled', async () => {
    const html = await readFile(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(html).not.toMatch(/<link[^>]*rel="(?:stylesheet|modulepreload)"/);
    const code = await readFile(join(EXTENSION_DIR, scripts[0]!), 'utf8');
    // No static or dynamic import of another file.
    expect(code).not.toMatch(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'][^"']+\.js["']|\bimport\(\s*["'`]/);
    const page = await openPopup();
    // The inline rules reach the page: the popup's width and the hidden label of the add field.
    expect(await page.$eval('.cmsk-popup', (el) => getComputedStyle(el).width)).toBe('380px');
    expect(await page.$eval('label[for="cmsk-add-item"]', (el) => getComputedStyle(el).position)).toBe('absolute');
    await page.close();
  });

  it('a tick persists after reopening and the badge goes down by one', async () => {
    const before = Number(await badge());
    expect(before).toBeGreaterThan(0);
    const page = await openPopup();
    const watch = await page.waitForSelector('::-p-aria([name="Morning watch: sector and competitors"][role="checkbox"])');
    await watch!.click();
    await until(async () => (await badge()) === String(before - 1));
    await page.close();
    const again = await openPopup();
    expect((await checkboxes(again)).find((b) => b.label === DAILY_ROUTINE[0])?.checked).toBe(true);
    expect(await again.$eval('.cmsk-today__progress p', (p) => p.textContent)).toBe(`${before - 1} of ${before} left`);
    await again.close();
    expect(await badge()).toBe(String(before - 1));
  });

  it('drags an item further down with the mouse; the background keeps the order for the next open', async () => {
    const page = await openPopup();
    const before = (await checkboxes(page)).map((b) => b.label);
    const handle = (await (await page.$$('.cmsk-today [data-cmsk-drag-handle]'))[0]!.boundingBox())!;
    const fourth = (await (await page.$$('.cmsk-today > li'))[3]!.boundingBox())!;
    const x = handle.x + handle.width / 2;
    await page.mouse.move(x, handle.y + handle.height / 2);
    await page.mouse.down();
    // Past the middle of the fourth item, in steps as a hand moves: the line is under it.
    await page.mouse.move(x, fourth.y + fourth.height * 0.75, { steps: 12 });
    expect(await page.$$eval('.cmsk-today > li', (rows) => rows.map((r) => (r as HTMLElement).dataset.cmskDrop ?? '').indexOf('before'))).toBe(4);
    expect(await page.$eval('.cmsk-today > li:first-child', (r) => r.classList.contains('is-dragging'))).toBe(true);
    await page.mouse.up();
    const expected = [before[1], before[2], before[3], before[0], ...before.slice(4)];
    await until(async () => JSON.stringify((await checkboxes(page)).map((b) => b.label)) === JSON.stringify(expected));
    await page.waitForFunction(
      (text: string) => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === text),
      {},
      `“${before[0]}” moved to position 4 of ${before.length}.`,
    );
    await page.close();
    // Saved by the background, not just painted: its own answer and a reopened popup agree.
    const saved = await send<{ items: Array<{ label: string; time: string | null }> }>('checklist/today', {});
    expect(saved.items.map((i) => `${i.time ?? ''}${i.label}`)).toEqual(expected);
    const again = await openPopup();
    expect((await checkboxes(again)).map((b) => b.label)).toEqual(expected);
    await again.close();
  });

  it('drags a routine step to the top with a finger in the options page', async () => {
    const editor = await h.openExtensionPage('options.html#/checklist');
    await editor.setViewport({ width: 1000, height: 900, hasTouch: true });
    await editor.waitForSelector('.cmsk-routine__item [data-cmsk-drag-handle]');
    const steps = () => editor.$$eval('.cmsk-routine__item strong', (s) => s.map((x) => x.textContent ?? ''));
    const before = await steps();
    const handle = (await (await editor.$$('.cmsk-routine__item [data-cmsk-drag-handle]'))[2]!.boundingBox())!;
    const first = (await (await editor.$$('.cmsk-routine__item'))[0]!.boundingBox())!;
    const x = handle.x + handle.width / 2;
    await editor.touchscreen.touchStart(x, handle.y + handle.height / 2);
    for (let y = handle.y; y > first.y + 4; y -= 20) await editor.touchscreen.touchMove(x, y);
    await editor.touchscreen.touchMove(x, first.y + 4);
    await editor.touchscreen.touchEnd();
    const expected = [before[2], before[0], before[1], ...before.slice(3)];
    await until(async () => JSON.stringify(await steps()) === JSON.stringify(expected));
    // A touch drag must not have scrolled the page instead.
    expect(await editor.evaluate(() => window.scrollY)).toBe(0);
    await editor.close();
    expect((await send<Array<{ label: string }>>('checklist/routine', {})).map((i) => i.label).slice(0, 3)).toEqual(expected.slice(0, 3));
  });

  it('crossing the day start resets the list and records the day in history', async () => {
    await setDayStart(4);
    const page = await openPopup();
    const list = await checkboxes(page);
    expect(list.every((b) => !b.checked)).toBe(true);
    expect(list.map((b) => b.label)).toContain(DAILY_ROUTINE[0]);
    const required = Number((await page.$eval('.cmsk-today__progress p', (p) => p.textContent))?.split(' ')[0]);
    await page.close();
    expect(await badge()).toBe(String(required));

    const history = await h.openExtensionPage('options.html#/checklist');
    const row = await history.waitForSelector('.cmsk-history tbody tr');
    const cells = await row!.$$eval('th, td', (c) => c.map((x) => x.textContent ?? ''));
    expect(cells[1]).toMatch(/^1 of \d+$/);
    await history.close();
    const { days } = await send<{ days: Array<{ day: string; requiredDone: number }> }>('checklist/history', {});
    expect(days[0]).toMatchObject({ day: YESTERDAY, requiredDone: 1 });
  });
});

describe('calendar reminders', () => {
  it('fire a notification once, from an alarm that wakes the stopped worker, and never again after a restart', async () => {
    // Starts in 70 s with a reminder one minute before: due in about 10 s.
    const start = localNow(Date.now() + 70_000);
    const { events } = await send<{ events: Array<{ id: string }> }>('calendar/save', {
      event: { title: 'Live Q&A with the community', start, timeZone: ZONE, durationMinutes: 30, reminderMinutes: 1, inChecklist: false },
    });
    const name = `reminder:${events[0]!.id}:${start}`;
    expect((await inWorker(() => chrome.alarms.getAll())).map((a) => a.name)).toContain(name);
    await ops.close();

    await h.stopWorker();
    const isOurWorker = () => h.browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`));
    expect(isOurWorker()).toBe(false);
    // Nothing of ours runs until Chrome itself starts the worker for the alarm.
    const deadline = Date.now() + 40_000;
    while (!isOurWorker() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(isOurWorker()).toBe(true);

    const worker: WebWorker = await h.worker();
    await until(async () => name in (await worker.evaluate(() => chrome.notifications.getAll())));
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual([name]);
    const fired = await worker.evaluate(() => chrome.storage.local.get('reminders'));
    expect(Object.keys((fired.reminders as { fired: object }).fired)).toContain(name);

    // The CM dismisses it; a restarted worker catches up missed reminders but not this one.
    await worker.evaluate((n: string) => chrome.notifications.clear(n), name);
    await h.stopWorker();
    const restarted = await h.worker();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await restarted.evaluate(() => chrome.notifications.getAll())).toEqual({});
    expect((await restarted.evaluate(() => chrome.alarms.getAll())).map((a) => a.name)).not.toContain(name);
    ops = await h.openExtensionPage('options.html');
  });
});
