// Today's list as the background builds it: settings, routine, calendar and the day's record
// put together once, so the popup only renders. Also closes the previous day when a new one
// starts, which is what turns ticks into history.
import { expandOccurrences } from '../calendar/expand';
import { isValidTimeZone } from '../calendar/zone';
import { dayBounds, dayKey } from '../checklist/day';
import { closeDay } from '../checklist/history';
import { buildToday, remainingRequired, type TodayItem } from '../checklist/today';
import { listEvents } from '../db/calendar-repo';
import { getDay, getOpenDay, listItems, putDay, setOpenDay } from '../db/checklist-repo';
import type { Db } from '../db/open';
import type { Locale } from '../i18n';
import type { TodayView } from '../protocol/checklist';
import type { CalendarEvent } from '../schema/calendar';
import type { ChecklistDay, ChecklistItem } from '../schema/checklist';
import type { Settings } from '../schema/settings';
import { currentSettings } from './settings-handlers';

/** The CM's zone is the browser's; the day starts at dayStartHour on that wall clock. */
export function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

export interface DayContext {
  day: string;
  settings: Settings;
  timeZone: string;
  brandId: string;
}

export async function dayContext(db: Db, now: Date, fallbackLocale: Locale): Promise<DayContext> {
  const settings = await currentSettings(db, fallbackLocale);
  const timeZone = localTimeZone();
  return { day: dayKey(now, settings.dayStartHour, timeZone), settings, timeZone, brandId: settings.activeBrandId };
}

export interface Sources {
  items: readonly ChecklistItem[];
  events: readonly CalendarEvent[];
}

export async function readSources(db: Db): Promise<Sources> {
  const [items, events] = await Promise.all([listItems(db), listEvents(db)]);
  return { items, events: events.filter((e) => e.inChecklist) };
}

/**
 * The day's own changes over the built list: skipped items go, and the CM's order applies.
 * An item not in the saved order (added since) stays right after the item it followed.
 */
export function arrange(list: readonly TodayItem[], state: ChecklistDay | null): TodayItem[] {
  const skipped = new Set(state?.skipped ?? []);
  const index = new Map((state?.order ?? []).map((key, i) => [key, i]));
  let last = -1;
  const ranked = list
    .filter((item) => !skipped.has(item.key))
    .map((item, pos) => {
      const at = index.get(item.key);
      if (at !== undefined) last = at;
      return { item, rank: at ?? last + 0.5, pos };
    });
  ranked.sort((a, b) => a.rank - b.rank || a.pos - b.pos);
  return ranked.map(({ item }, order) => ({ ...item, order }));
}

export function listFor(sources: Sources, ctx: Pick<DayContext, 'day' | 'timeZone'> & { dayStartHour: number }, brandId: string, state: ChecklistDay | null): TodayItem[] {
  const occurrences = expandOccurrences(sources.events, dayBounds(ctx.day, ctx.dayStartHour, ctx.timeZone));
  const built = buildToday({
    items: sources.items, events: sources.events, occurrences, day: ctx.day, brandId, dayState: state,
    dayStartHour: ctx.dayStartHour, timeZone: ctx.timeZone,
  });
  return arrange(built, state);
}

/** Freezes `day` for every brand that used it, and the active one (a day with nothing ticked is history too). */
async function closePrevious(db: Db, day: string, ctx: DayContext): Promise<void> {
  const sources = await readSources(db);
  const zoneCtx = { day, timeZone: ctx.timeZone, dayStartHour: ctx.settings.dayStartHour };
  for (const brand of ctx.settings.brands) {
    const state = await getDay(db, day, brand.id);
    if (!state && brand.id !== ctx.brandId) continue;
    const record = state ?? { day, brand: brand.id, done: {}, items: [], closed: false };
    await putDay(db, closeDay(record, listFor(sources, zoneCtx, brand.id, record)));
  }
}

/**
 * The current day, after closing the one the list was last open on if the day has changed.
 * Every checklist request and the day-start alarm go through here, so whichever comes first
 * on a new day closes the old one, once.
 */
export async function rollover(db: Db, now: Date, fallbackLocale: Locale): Promise<DayContext> {
  const ctx = await dayContext(db, now, fallbackLocale);
  const open = await getOpenDay(db);
  if (open === ctx.day) return ctx;
  if (open !== null) await closePrevious(db, open, ctx);
  await setOpenDay(db, ctx.day);
  return ctx;
}

export async function todayState(db: Db, ctx: DayContext): Promise<ChecklistDay> {
  return (await getDay(db, ctx.day, ctx.brandId)) ?? { day: ctx.day, brand: ctx.brandId, done: {}, items: [], closed: false };
}

export async function todayList(db: Db, ctx: DayContext, state?: ChecklistDay): Promise<TodayItem[]> {
  const record = state ?? (await todayState(db, ctx));
  return listFor(await readSources(db), { ...ctx, dayStartHour: ctx.settings.dayStartHour }, ctx.brandId, record);
}

export function toView(ctx: DayContext, items: TodayItem[]): TodayView {
  return {
    day: ctx.day,
    items,
    remaining: remainingRequired(items),
    required: items.filter((i) => i.required).length,
    brands: ctx.settings.brands.map((b) => ({ id: b.id, name: b.name })),
    activeBrandId: ctx.brandId,
    uiLang: ctx.settings.uiLang,
    theme: ctx.settings.theme,
  };
}
