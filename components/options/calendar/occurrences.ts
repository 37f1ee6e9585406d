// Which events the grid shows on each visible day, on the CM's wall clock.
import { DAY_MS } from '@/lib/calendar/civil';
import { expandOccurrences, type Occurrence } from '@/lib/calendar/expand';
import { instantToLocal } from '@/lib/calendar/zone';
import type { CalendarEvent } from '@/lib/schema/calendar';
import { addDays, rangeOf } from './dates';

export interface Entry {
  event: CalendarEvent;
  occurrence: Occurrence;
  /** "HH:mm" on the CM's clock; null for an all-day event. */
  time: string | null;
  /** Unique in the grid: an event and the local start of its occurrence. */
  id: string;
}

export function entriesByDay(events: readonly CalendarEvent[], days: readonly string[], timeZone: string): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>(days.map((d) => [d, []]));
  if (days.length === 0) return out;
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const occurrence of expandOccurrences(events, rangeOf(days, timeZone))) {
    const event = byId.get(occurrence.eventId);
    if (!event) continue;
    const entry = (time: string | null): Entry => ({ event, occurrence, time, id: `${event.id}|${occurrence.localStart}` });
    if (occurrence.allDay) {
      // An all-day event is a day (or several), whatever the zone it was written in.
      const span = Math.max(1, Math.ceil((event.durationMinutes ?? 0) / 1440));
      for (let i = 0; i < span; i++) out.get(addDays(occurrence.localStart, i))?.push(entry(null));
    } else {
      const local = instantToLocal(occurrence.start, timeZone);
      out.get(local.slice(0, 10))?.push(entry(local.slice(11, 16)));
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.time ?? '') < (b.time ?? '') ? -1 : (a.time ?? '') > (b.time ?? '') ? 1 : a.event.title.localeCompare(b.event.title));
  return out;
}

/** The next occurrence from `now` (within a year), for a link to an event: else its first. */
export function nextOccurrence(event: CalendarEvent, now: Date): Occurrence | null {
  const ahead = expandOccurrences([event], { from: now, to: new Date(now.getTime() + 366 * DAY_MS) });
  return ahead[0] ?? expandOccurrences([event], { from: new Date(0), to: new Date(now.getTime() + 366 * DAY_MS) })[0] ?? null;
}
