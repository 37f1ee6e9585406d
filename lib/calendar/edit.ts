// Editing one occurrence of a series, as calendar apps offer it: "this event" or "the whole
// series". The functions return the records to write; the background writes them.
import { CalendarEventSchema, type CalendarEvent } from '../schema/calendar';
import { normalizeLocal, parseLocal } from './civil';
import { occursAt } from './expand';

export type EventChanges = Partial<
  Pick<
    CalendarEvent,
    'title' | 'notes' | 'brand' | 'platforms' | 'start' | 'timeZone' | 'durationMinutes' | 'rrule' | 'reminderMinutes' | 'tags' | 'inChecklist'
  >
>;
export type EditScope = 'this' | 'series';

export type EditErrorCode = 'calendar.edit.not-an-occurrence' | 'calendar.edit.invalid';
export type EditResult =
  | { ok: true; data: { write: CalendarEvent[]; remove: string[] } }
  | { ok: false; error: { code: EditErrorCode; message: string } };

function validated(records: CalendarEvent[], remove: string[] = []): EditResult {
  const write: CalendarEvent[] = [];
  for (const r of records) {
    const parsed = CalendarEventSchema.safeParse(r);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: { code: 'calendar.edit.invalid', message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` } };
    }
    write.push(parsed.data);
  }
  return { ok: true, data: { write, remove } };
}

/** The exdates keep their dates and take the series' new time, so skipped days stay skipped. */
function retimeExdates(exdates: string[], newStart: string): string[] {
  const parts = parseLocal(newStart);
  if (!parts) return exdates;
  const time = parts.allDay ? '' : newStart.slice(10, 16);
  return [...new Set(exdates.map((x) => `${x.slice(0, 10)}${time}`))];
}

function addExdate(event: CalendarEvent, localStart: string, now: Date): CalendarEvent {
  return { ...event, exdates: [...new Set([...event.exdates, localStart])], updatedAt: now.toISOString() };
}

/**
 * "this": the series skips that occurrence (EXDATE) and a one-off event carries the change.
 * "series": the event itself changes. A one-off event ignores the scope.
 */
export function editOccurrence(
  event: CalendarEvent,
  localStart: string,
  changes: EventChanges,
  scope: EditScope,
  idFactory: () => string,
  now: Date,
): EditResult {
  const stamp = now.toISOString();
  if (scope === 'series' || !event.rrule) {
    const next: CalendarEvent = { ...event, ...changes, updatedAt: stamp };
    if (changes.start !== undefined && changes.start !== event.start) next.exdates = retimeExdates(event.exdates, changes.start);
    return validated([next]);
  }
  const at = normalizeLocal(localStart);
  if (!at || !occursAt(event, at)) {
    return { ok: false, error: { code: 'calendar.edit.not-an-occurrence', message: `${localStart} is not an occurrence of ${event.id}` } };
  }
  const { rrule: _ignored, ...oneOffChanges } = changes;
  const oneOff: CalendarEvent = {
    ...event,
    ...oneOffChanges,
    id: idFactory(),
    start: oneOffChanges.start ?? at,
    rrule: null,
    exdates: [],
    // The CM made this one; it is no longer a sample to clear away.
    example: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return validated([addExdate(event, at, now), oneOff]);
}

/** "this": the series skips the occurrence; "series" (or a one-off event): the event goes. */
export function removeOccurrence(event: CalendarEvent, localStart: string, scope: EditScope, now: Date): EditResult {
  if (scope === 'series' || !event.rrule) return { ok: true, data: { write: [], remove: [event.id] } };
  const at = normalizeLocal(localStart);
  if (!at || !occursAt(event, at)) {
    return { ok: false, error: { code: 'calendar.edit.not-an-occurrence', message: `${localStart} is not an occurrence of ${event.id}` } };
  }
  return validated([addExdate(event, at, now)]);
}
