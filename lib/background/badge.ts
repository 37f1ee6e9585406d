// The toolbar badge: how many required items of today's list are left. Empty when none, so a
// finished day leaves the toolbar quiet.
import { browser } from 'wxt/browser';
import { dayBounds } from '../checklist/day';
import { remainingRequired } from '../checklist/today';
import type { Db } from '../db/open';
import type { Locale } from '../i18n';
import { rollover, todayList, type DayContext } from './today';

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

/** Closes a finished day if needed, shows what is left today and arms the next reset. */
export async function refreshBadge(db: Db, now: Date, fallbackLocale: Locale): Promise<number> {
  const ctx = await rollover(db, now, fallbackLocale);
  const count = remainingRequired(await todayList(db, ctx));
  await showRemaining(count);
  await armDayStart(ctx);
  return count;
}
