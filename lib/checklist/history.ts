// History of past days: what each day held and how much of it was done.
import type { ChecklistDay } from '../schema/checklist';
import { addDays } from '../calendar/civil';
import { isTicked, type TodayItem } from './today';

/**
 * Freezes the day: the items it held are copied so history stays true after the routine is
 * edited, and only ticks of those items are kept.
 */
export function closeDay(dayState: ChecklistDay, today: readonly TodayItem[]): ChecklistDay {
  const items = today.slice(0, 1_000).map((i) => ({ key: i.key, label: i.label, required: i.required }));
  const keys = new Set(items.map((i) => i.key));
  const done = Object.fromEntries(Object.entries(dayState.done).filter(([k]) => keys.has(k)));
  return { ...dayState, items, done, closed: true };
}

export interface DayCompletion {
  day: string;
  total: number;
  done: number;
  required: number;
  requiredDone: number;
  /** Share of required items done; null when the day has no snapshot (never closed). */
  ratio: number | null;
  /** Every required item done, on a day that has a snapshot. */
  complete: boolean;
}

/** One entry per day, oldest first; a day's records for several brands are added up. */
export function completion(days: readonly ChecklistDay[]): DayCompletion[] {
  const byDay = new Map<string, DayCompletion & { snapshots: number }>();
  for (const d of days) {
    const c = byDay.get(d.day) ?? { day: d.day, total: 0, done: 0, required: 0, requiredDone: 0, ratio: null, complete: false, snapshots: 0 };
    if (d.items.length > 0) c.snapshots++;
    for (const item of d.items) {
      const ticked = isTicked(d.done, item.key);
      c.total++;
      if (ticked) c.done++;
      if (item.required) {
        c.required++;
        if (ticked) c.requiredDone++;
      }
    }
    byDay.set(d.day, c);
  }
  return [...byDay.values()]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map(({ snapshots, ...c }) => {
      const ratio = snapshots === 0 ? null : c.required === 0 ? 1 : c.requiredDone / c.required;
      return { ...c, ratio, complete: ratio === 1 };
    });
}

/** Consecutive fully completed days right before `todayKey`; a missing or unfinished day ends it. */
export function streak(days: readonly ChecklistDay[], todayKey: string): number {
  const complete = new Set(completion(days).filter((c) => c.complete).map((c) => c.day));
  let count = 0;
  for (let d = addDays(todayKey, -1); complete.has(d); d = addDays(d, -1)) count++;
  return count;
}
