import { CalendarEventSchema, type CalendarEvent } from '../schema/calendar';
import type { Db } from './open';

/** Every event that still parses; a damaged record is skipped rather than breaking the calendar. */
export async function listEvents(db: Db): Promise<CalendarEvent[]> {
  const out: CalendarEvent[] = [];
  for (const record of await db.getAll('calendar')) {
    const parsed = CalendarEventSchema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export async function getEvent(db: Db, id: string): Promise<CalendarEvent | null> {
  const record = await db.get('calendar', id);
  const parsed = record === undefined ? null : CalendarEventSchema.safeParse(record);
  return parsed?.success ? parsed.data : null;
}

export interface EventWrites {
  put: readonly CalendarEvent[];
  remove: readonly string[];
}

/**
 * Puts and removes in one transaction: an occurrence edit touches the series and its one-off
 * copy, and an .ics import may hold thousands of events; either all are written or none.
 * Returns the records as they were before, for undo.
 */
export async function writeEvents(db: Db, writes: EventWrites): Promise<{ before: Map<string, CalendarEvent> }> {
  const records = writes.put.map((e) => CalendarEventSchema.parse(e));
  const tx = db.transaction('calendar', 'readwrite');
  const before = new Map<string, CalendarEvent>();
  const ids = new Set([...records.map((r) => r.id), ...writes.remove]);
  try {
    await Promise.all([...ids].map(async (id) => {
      const old = await tx.store.get(id);
      const parsed = old === undefined ? null : CalendarEventSchema.safeParse(old);
      if (parsed?.success) before.set(id, parsed.data);
    }));
    await Promise.all([...writes.remove.map((id) => tx.store.delete(id)), ...records.map((r) => tx.store.put(r))]);
    await tx.done;
  } catch (error) {
    try { tx.abort(); } catch { /* already aborted */ }
    throw error;
  }
  return { before };
}
