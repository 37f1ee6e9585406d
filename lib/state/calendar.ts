import { signal } from '@preact/signals';
import { request } from '../messaging/client';
import type { CalendarUndo } from '../protocol/calendar';
import type { CalendarEvent, CalendarEventInput } from '../schema/calendar';
import type { RequestOf } from '../messages';

export const events = signal<CalendarEvent[] | null>(null);
export type CalendarMode = 'week' | 'month';
export const mode = signal<CalendarMode>('week');
/** The day with keyboard focus ("YYYY-MM-DD"); the period shown is the week or month around it. */
export const focusDay = signal<string | null>(null);

export async function loadEvents(): Promise<CalendarEvent[]> {
  events.value = await request('calendar/list', {});
  return events.value;
}

export async function createEvent(event: CalendarEventInput): Promise<CalendarUndo> {
  const { undo } = await request('calendar/save', { event });
  await loadEvents();
  return undo;
}

export async function editEvent(data: RequestOf<'calendar/edit-occurrence'>): Promise<CalendarUndo> {
  const { undo } = await request('calendar/edit-occurrence', data);
  await loadEvents();
  return undo;
}

export async function deleteEvent(data: RequestOf<'calendar/delete'>): Promise<CalendarUndo> {
  const { undo } = await request('calendar/delete', data);
  await loadEvents();
  return undo;
}

/** The toast's Undo: the records as they were are saved again. */
export async function restoreEvents(undo: CalendarUndo): Promise<void> {
  await request('calendar/restore', undo);
  await loadEvents();
}

export async function importIcs(text: string, timeZone: string) {
  const result = await request('calendar/import-ics', { text, timeZone });
  await loadEvents();
  return result;
}

export async function exportIcs() {
  return request('calendar/export-ics', {});
}
