// The toolbar badge: how many required items of today's list are left. Empty when none, so a
// finished day leaves the toolbar quiet. The popup's snapshot of the list follows the same changes.
import { browser } from 'wxt/browser';
import { dayBounds } from '../checklist/day';
import { TODAY_SNAPSHOT_KEY, todaySnapshot } from '../checklist/snapshot';
import type { Db } from '../db/open';
import type { Locale } from '../i18n';
import type { TodayView } from '../protocol/checklist';
import { rollover, todayList, toView, type DayContext } from './today';

/** The accent blue of our pages: readable with white text in light and dark toolbars. */
export const BADGE_COLOR = '#1764c0';
export const DAY_START_ALARM = 'checklist:day-start';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

// Firefox's MV2 build has browserAction where Chrome's MV3 has action.
function actionApi() {
  return browser.action ?? browser.browserAction;
}

export async function showRemaining(count: number): Promise<void> {
  const action = actionApi();
  await action.setBadgeText({ text: badgeText(count) });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

/** An alarm at the next day start, so the badge resets (and yesterday is closed) without the popup being opened. */
export async function armDayStart(ctx: DayContext): Promise<void> {
  const when = dayBounds(ctx.day, ctx.settings.dayStartHour, ctx.timeZone).to.getTime();
  const existing = await browser.alarms.get(DAY_START_ALARM);
  if (existing?.scheduledTime === when) return;
  await browser.alarms.create(DAY_START_ALARM, { when });
}

/**
 * Keeps the list the popup paints first (storage.session: in memory, our pages only, gone
 * when the browser closes) equal to the one the background would answer with.
 */
export async function publishToday(ctx: DayContext, view: TodayView): Promise<void> {
  // Firefox before 115 has no session storage: its popup simply waits for the answer.
  const session = browser.storage.session as typeof browser.storage.session | undefined;
  if (!session) return;
  const until = dayBounds(ctx.day, ctx.settings.dayStartHour, ctx.timeZone).to;
  await session.set({ [TODAY_SNAPSHOT_KEY]: todaySnapshot(view, ctx.settings.dayStartHour, until) });
}

/** Everything outside the list that shows today's state: the badge, the popup's snapshot and the next reset. */
export async function reflectToday(ctx: DayContext, view: TodayView): Promise<void> {
  await showRemaining(view.remaining);
  await armDayStart(ctx);
  await publishToday(ctx, view);
}

/** Closes a finished day if needed, shows what is left today and arms the next reset. */
export async function refreshBadge(db: Db, now: Date, fallbackLocale: Locale): Promise<number> {
  const ctx = await rollover(db, now, fallbackLocale);
  const view = toView(ctx, await todayList(db, ctx));
  await reflectToday(ctx, view);
  return view.remaining;
}
