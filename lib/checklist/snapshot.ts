// The last today's list the background built, kept in storage.session so the popup can paint
// it before the worker (often stopped by MV3) answers. A copy is only ever shown for the day it
// was built for: past the day start it is yesterday's list and is thrown away.
// Loaded by the popup, so no zod, no time-zone tables and no calendar module here.
import { LOCALES, type Locale } from '../i18n/format';
import type { TodayView } from '../protocol/checklist';
import { dayLabel } from './day-label';

export const TODAY_SNAPSHOT_KEY = 'checklist:today';

export interface TodaySnapshot {
  v: 1;
  view: TodayView;
  /** The hour the day started at when this was built; the popup checks the day against it. */
  dayStartHour: number;
  /** The instant (ms) this day's list ends: the next day start. */
  until: number;
  /**
   * The header's day, formatted in each language ahead of time: the first Intl.DateTimeFormat
   * in a freshly started popup costs some 15 ms, more than the rest of its first paint.
   */
  dayLabels: Record<Locale, string>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export function todaySnapshot(view: TodayView, dayStartHour: number, until: Date): TodaySnapshot {
  const dayLabels = Object.fromEntries(LOCALES.map((locale) => [locale, dayLabel(view.day, locale)])) as Record<Locale, string>;
  return { v: 1, view, dayStartHour, until: until.getTime(), dayLabels };
}

/**
 * The checklist day on this browser's wall clock: dayKey() of lib/checklist/day.ts for the
 * browser's own zone, read from Date's local fields instead of Intl zone data.
 */
export function wallDayKey(now: Date, dayStartHour: number): string {
  const wall = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes(), now.getSeconds(), now.getMilliseconds());
  const day = Math.floor((wall - dayStartHour * HOUR_MS) / DAY_MS);
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isItem(v: unknown): boolean {
  return isObject(v) && typeof v.key === 'string' && typeof v.label === 'string' && typeof v.why === 'string'
    && typeof v.done === 'boolean' && typeof v.required === 'boolean' && typeof v.kind === 'string'
    && (v.time === null || typeof v.time === 'string') && (v.url === null || typeof v.url === 'string');
}

function isView(v: unknown): v is TodayView {
  return isObject(v) && typeof v.day === 'string' && DAY_RE.test(v.day) && Array.isArray(v.items) && v.items.every(isItem)
    && Number.isInteger(v.remaining) && Number.isInteger(v.required) && typeof v.activeBrandId === 'string'
    && Array.isArray(v.brands) && v.brands.every((b) => isObject(b) && typeof b.id === 'string' && typeof b.name === 'string')
    && ['auto', 'fr', 'en'].includes(v.uiLang as string) && ['auto', 'light', 'dark'].includes(v.theme as string);
}

const hasLabels = (v: unknown): boolean => isObject(v) && LOCALES.every((locale) => typeof v[locale] === 'string');

/**
 * The stored snapshot when its list is still today's at `now`, else null. Structural checks
 * rather than the zod schema (the popup stays small); the background wrote it from a validated
 * view, this only guards against an older shape or a damaged value.
 */
export function currentSnapshot(raw: unknown, now: Date): TodaySnapshot | null {
  if (!isObject(raw) || raw.v !== 1 || typeof raw.until !== 'number' || !isView(raw.view) || !hasLabels(raw.dayLabels)) return null;
  const hour = raw.dayStartHour;
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) return null;
  // Both: the instant catches a day start that passed; the day key a clock or zone change.
  if (now.getTime() >= raw.until) return null;
  return wallDayKey(now, hour) === raw.view.day ? (raw as unknown as TodaySnapshot) : null;
}
