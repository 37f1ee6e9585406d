// The editorial calendar in a real Chromium with the built extension: the week view and its
// keyboard, creating, editing one date of a series, deleting with undo, .ics import (a broken
// file writes nothing) and export, and the reminder alarm a write arms. Dates are relative to
// today: the seeded rendez-vous are on the next Monday and Saturday, so next week always has both.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleExport } from '../unit/calendar/ics-samples';
import type { ExtensionHarness } from './harness';
import { launchWithExtension } from './harness';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
};

let h: ExtensionHarness;
let page: Page;
let dir: string;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const activeDay = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.day ?? null);
const cellText = (day: string) => page.$eval(`[data-day="${day}"]`, (c) => c.textContent ?? '');
const period = () => page.$eval('.cmsk-cal__period', (e) => e.textContent ?? '');
const count = async () => ((await page.evaluate(() => chrome.runtime.sendMessage({ cmsk: 1, type: 'calendar/list', data: {} }))) as { data: unknown[] }).data.length;

async function until(check: () => Promise<boolean>, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function setValue(selector: string, value: string): Promise<void> {
  await page.$eval(selector, (el, v) => {
    (el as HTMLInputElement).value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function clickText(selector: string, text: string): Promise<void> {
  const handle = await page.waitForSelector(`${selector} ::-p-text(${text})`);
  await handle!.click();
}

async function toast(text: string) {
  return page.waitForSelector(`.cmsk-toast ::-p-text(${text})`);
}

/** Saving or deleting closes the editor; an earlier toast with the same text may still be up. */
async function editorClosed(): Promise<void> {
  await page.waitForSelector('.cmsk-cal__editor', { hidden: true });
}

let today = '';

beforeAll(async () => {
  h = await launchWithExtension();
  dir = await mkdtemp(join(tmpdir(), 'cmsk-calendar-'));
  page = await h.openExtensionPage('options.html#/calendar');
  await page.waitForSelector('[role="grid"]');
  today = (await page.$eval('[role="gridcell"][tabindex="0"]', (c) => (c as HTMLElement).dataset.day))!;
});

afterAll(async () => {
  h?.assertNoNetwork();
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('calendar', () => {
  it('moves between days and weeks with the keyboard; next week holds both weekly rendez-vous', async () => {
    const thisWeek = await period();
    await page.focus('[role="gridcell"][tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    expect(await activeDay()).toBe(addDays(today, 1));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    expect(await activeDay()).toBe(addDays(today, 7));
    expect(await period()).not.toBe(thisWeek);
    const days = await page.$$eval('[role="gridcell"]', (cells) => cells.map((c) => (c as HTMLElement).dataset.day!));
    expect(days).toHaveLength(7);
    expect(await cellText(days[0]!)).toContain('Book of the week');
    expect(await cellText(days[5]!)).toContain('What are you reading?');
    await page.keyboard.press('Enter');
    await until(async () => /^New event on /.test((await page.evaluate(() => document.activeElement?.textContent)) ?? ''));
    await clickText('button', 'Today');
    expect(await period()).toBe(thisWeek);
    await until(async () => (await activeDay()) === today);
  });

  it('creates an event from the day panel and arms its reminder', async () => {
    const tomorrow = addDays(today, 1);
    await page.focus('[role="gridcell"][tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // Enter on a day moves the focus into its panel, onto "New event on …".
    await until(async () => /^New event on /.test((await page.evaluate(() => document.activeElement?.textContent)) ?? ''));
    await page.keyboard.press('Enter');
    const title = await page.waitForSelector('::-p-aria([name="Title"][role="textbox"])');
    expect(await page.evaluate((el) => el === document.activeElement, title)).toBe(true);
    await page.keyboard.type('Webinar: moderation basics');
    await setValue('input[type="time"]', '23:30');
    await page.select('::-p-aria([name="Reminder"])', '15');
    await clickText('label', 'Webinar');
    await clickText('button', 'Save event');
    await editorClosed();
    await toast('Event saved.');
    expect(await cellText(tomorrow)).toContain('23:30Webinar: moderation basics');
    const alarms = await (await h.worker()).evaluate(() => chrome.alarms.getAll());
    expect(alarms.some((a) => a.name.startsWith('reminder:') && a.name.endsWith(`:${tomorrow}T23:30`))).toBe(true);
  });

  it('edits one date of a series and undoes it from the toast', async () => {
    await clickText('button', 'Today');
    await page.focus('[role="gridcell"][tabindex="0"]');
    await page.keyboard.press('PageDown');
    const monday = (await page.$$eval('[role="gridcell"]', (cells) => (cells[0] as HTMLElement).dataset.day))!;
    await clickText(`[data-day="${monday}"] button`, 'Book of the week');
    await page.waitForSelector('::-p-aria([name="This event only"][role="radio"])');
    await setValue('::-p-aria([name="Title"][role="textbox"])', 'Book of the week: guest author');
    await clickText('button', 'Save event');
    await editorClosed();
    await toast('Event saved.');
    expect(await cellText(monday)).toContain('guest author');
    // Closing the editor hands the focus back to the day.
    await until(async () => (await activeDay()) === monday);
    await page.keyboard.press('PageDown');
    expect(await cellText(addDays(monday, 7))).not.toContain('guest author');
    expect(await cellText(addDays(monday, 7))).toContain('Book of the week');
    // The newest toast is the last one; an earlier "Event saved." may still be up.
    await clickText('.cmsk-toast:last-child button', 'Undo');
    await page.focus('[role="gridcell"][tabindex="0"]');
    await page.keyboard.press('PageUp');
    await until(async () => !(await cellText(monday)).includes('guest author'));
  });

  it('deletes a whole series, then Undo puts it back', async () => {
    const before = await count();
    const saturday = (await page.$$eval('[role="gridcell"]', (cells) => (cells[5] as HTMLElement).dataset.day))!;
    await clickText(`[data-day="${saturday}"] button`, 'What are you reading?');
    await clickText('label', 'All events in the series');
    await clickText('button', 'Delete event');
    await editorClosed();
    await toast('“What are you reading?” deleted.');
    expect(await cellText(saturday)).not.toContain('What are you reading?');
    expect(await count()).toBe(before - 1);
    await clickText('.cmsk-toast:last-child button', 'Undo');
    await until(async () => (await cellText(saturday)).includes('What are you reading?'));
    expect(await count()).toBe(before);
  });

  it('refuses a broken .ics file whole, imports a good one, and exports the calendar', async () => {
    const before = await count();
    const broken = join(dir, 'broken.ics');
    await writeFile(broken, googleExport.replace('DTSTART;TZID=Europe/Paris:20260105T100000', 'DTSTART;TZID=Europe/Paris:2026-01-05'));
    const input = await page.waitForSelector('input[type="file"]');
    await input!.uploadFile(broken);
    const alert = await page.waitForSelector('.cmsk-alert--error');
    expect(await alert!.evaluate((e) => e.textContent)).toMatch(/Nothing was imported: \d+ problem\(s\) found in the file\..*Line \d+: a date cannot be read\./);
    expect(await count()).toBe(before);

    const good = join(dir, 'good.ics');
    await writeFile(good, googleExport);
    await (await page.waitForSelector('input[type="file"]'))!.uploadFile(good);
    await toast('event(s) imported.');
    expect(await count()).toBeGreaterThan(before);

    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await clickText('button', 'Export .ics');
    await toast('exported to cm-sidekick-calendar.ics');
    await until(async () => (await readdir(dir)).includes('cm-sidekick-calendar.ics'));
    const ics = await readFile(join(dir, 'cm-sidekick-calendar.ics'), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Webinar: moderation basics');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
  });

  it('opens the event a reminder notification links to', async () => {
    const linked = await h.openExtensionPage('options.html#/calendar/example-book-of-the-week');
    const title = await linked.waitForSelector('::-p-aria([name="Title"][role="textbox"])');
    expect(await title!.evaluate((e) => (e as HTMLInputElement).value)).toBe('Book of the week');
    await linked.close();
  });
});
