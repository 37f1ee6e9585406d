// Today's list: the routine items due that day, the day's calendar rendez-vous, and one-off
// items and follow-ups, with what was already ticked.
import { z } from 'zod';
import type { CalendarEvent } from '../schema/calendar';
import type { ChecklistDay, ChecklistItem } from '../schema/checklist';
import { civilFromDays, daysInMonth, dayToDays, WEEKDAY_CODES } from '../calendar/civil';
import type { Occurrence } from '../calendar/expand';
import { dayKey } from './day';

export const TodayItemSchema = z.object({
  /** Routine or one-off item id, or `event:<eventId>:<localStart>`; the key of ChecklistDay.done. */
  key: z.string().max(300),
  label: z.string(),
  why: z.string(),
  required: z.boolean(),
  done: z.boolean(),
  kind: z.enum(['routine', 'event', 'follow-up', 'once']),
  order: z.number().int(),
  /** "HH:mm" of a timed calendar occurrence, for the list; null otherwise. */
  time: z.string().nullable(),
  /** Where a follow-up came from (the post to go back to); null otherwise. */
  url: z.string().nullable(),
});
export type TodayItem = z.infer<typeof TodayItemSchema>;

export interface BuildTodayInput {
  items: readonly ChecklistItem[];
  /** The events the occurrences come from: their titles, notes, brand and inChecklist. */
  events: readonly CalendarEvent[];
  occurrences: readonly Occurrence[];
  day: string;
  /** null: every brand's items; otherwise that brand's and the shared (brand-less) ones. */
  brandId: string | null;
  dayState: ChecklistDay | null;
  /**
   * With both, a timed occurrence belongs to the checklist day its start falls in (so a
   * 02:00 event is on the previous day's list when the day starts at 04:00); without, to its
   * local date.
   */
  dayStartHour?: number;
  timeZone?: string;
}

export function eventKey(eventId: string, localStart: string): string {
  return `event:${eventId}:${localStart}`;
}

/** Own keys only: an item id such as "constructor" must not read as ticked. */
export function isTicked(done: Readonly<Record<string, string>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(done, key);
}

function forBrand(brand: string | null, brandId: string | null): boolean {
  return brandId === null || brand === null || brand === brandId;
}

/** Whether a routine item is due on `day`. A monthly 31 falls on a short month's last day. */
export function isDue(item: ChecklistItem, day: string): boolean {
  const r = item.recurrence;
  if (r.kind === 'once') return r.day === day;
  if (r.kind === 'daily') return true;
  const days = dayToDays(day);
  if (days === null) return false;
  if (r.kind === 'weekly') return r.days.includes(WEEKDAY_CODES[(((days + 3) % 7) + 7) % 7]!);
  const { year, month, day: dom } = civilFromDays(days);
  return dom === Math.min(r.day, daysInMonth(year, month));
}

function occursOnDay(o: Occurrence, e: CalendarEvent, input: BuildTodayInput): boolean {
  if (o.allDay) {
    // A multi-day all-day event is on the list each of its days.
    const start = dayToDays(o.localStart);
    const day = dayToDays(input.day);
    const span = Math.max(1, Math.ceil((e.durationMinutes ?? 0) / 1440));
    return start !== null && day !== null && day >= start && day < start + span;
  }
  if (input.dayStartHour !== undefined && input.timeZone !== undefined) {
    return dayKey(o.start, input.dayStartHour, input.timeZone) === input.day;
  }
  return o.localStart.slice(0, 10) === input.day;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

const KIND_RANK: Record<TodayItem['kind'], number> = { 'follow-up': 0, routine: 1, event: 2, once: 3 };

/**
 * The day's items in display order: follow-ups first (someone is waiting for an answer),
 * then the routine by its order, the calendar by time, and the day's one-off items.
 */
export function buildToday(input: BuildTodayInput): TodayItem[] {
  const done = input.dayState && input.dayState.day === input.day ? input.dayState.done : {};
  type Draft = Omit<TodayItem, 'order'> & { rank: number; sort: number };
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const add = (d: Draft): void => {
    if (seen.has(d.key)) return;
    seen.add(d.key);
    drafts.push(d);
  };
  for (const item of input.items) {
    if (!forBrand(item.brand, input.brandId) || !isDue(item, input.day)) continue;
    const kind: TodayItem['kind'] = item.recurrence.kind !== 'once' ? 'routine' : item.source.kind === 'follow-up' ? 'follow-up' : 'once';
    add({
      key: item.id, label: item.label, why: item.why, required: item.required, done: isTicked(done, item.id), kind,
      time: null, url: item.source.url, rank: KIND_RANK[kind], sort: item.order,
    });
  }
  const events = new Map(input.events.map((e) => [e.id, e]));
  for (const o of input.occurrences) {
    const e = events.get(o.eventId);
    if (!e || !e.inChecklist || !forBrand(e.brand, input.brandId) || !occursOnDay(o, e, input)) continue;
    const key = eventKey(e.id, o.localStart);
    add({
      key, label: e.title, why: firstLine(e.notes), required: true, done: isTicked(done, key), kind: 'event',
      time: o.allDay ? null : o.localStart.slice(11, 16), url: null, rank: KIND_RANK.event, sort: o.start.getTime(),
    });
  }
  drafts.sort((a, b) => a.rank - b.rank || a.sort - b.sort || a.label.localeCompare(b.label));
  return drafts.map(({ rank: _rank, sort: _sort, ...item }, order) => ({ ...item, order }));
}

/** The badge count: required items not yet ticked. */
export function remainingRequired(today: readonly TodayItem[]): number {
  return today.filter((i) => i.required && !i.done).length;
}

/** An empty record for a day, before anything is ticked. */
export function openDay(day: string, brand: string | null): ChecklistDay {
  return { day, brand, done: {}, items: [], closed: false };
}

/** Ticks (or unticks) one item; returns a new record. */
export function setDone(dayState: ChecklistDay, key: string, done: boolean, now: Date): ChecklistDay {
  const next = { ...dayState.done };
  if (done) next[key] = now.toISOString();
  else delete next[key];
  return { ...dayState, done: next };
}
