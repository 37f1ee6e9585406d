import { editOccurrence, removeOccurrence, type EditResult } from '../calendar/edit';
import { parseIcs, toIcs } from '../calendar/ics';
import { getEvent, listEvents, writeEvents, type EventWrites } from '../db/calendar-repo';
import type { Db } from '../db/open';
import { translate } from '../i18n';
import { UserError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import type { CalendarUndo, calendarProtocol } from '../protocol/calendar';
import { CalendarEventSchema, type CalendarEvent } from '../schema/calendar';
import { refreshBadge } from './badge';
import type { HandlerDeps } from './deps';
import { armReminders } from './reminders';

type CalendarHandlers = Pick<Handlers, keyof typeof calendarProtocol>;

/** What puts the calendar back as it was: the old records again, and the new ones gone. */
function undoOf(writes: EventWrites, before: Map<string, CalendarEvent>): CalendarUndo {
  const touched = new Set([...writes.put.map((e) => e.id), ...writes.remove]);
  return { put: [...before.values()], remove: [...touched].filter((id) => !before.has(id)) };
}

function unwrap(result: EditResult): { write: CalendarEvent[]; remove: string[] } {
  if (result.ok) return result.data;
  throw new UserError('bad-request', result.error.code, { detail: result.error.message });
}

async function required(db: Db, id: string): Promise<CalendarEvent> {
  const event = await getEvent(db, id);
  if (!event) throw new UserError('not-found', 'error.not-found');
  return event;
}

/** Handlers of the calendar messages; spread into createHandlers. */
export function calendarHandlers(db: Db, deps: HandlerDeps): CalendarHandlers {
  // Reminders and today's list follow every calendar write; a failure there must not undo the write.
  const afterWrite = async (): Promise<void> => {
    const now = deps.now();
    try {
      await armReminders(db, now);
      await refreshBadge(db, now, deps.browserLocale());
    } catch (error) {
      console.error('[CM Sidekick] re-arming after a calendar write failed', error);
    }
  };
  const write = async (writes: EventWrites): Promise<{ events: CalendarEvent[]; undo: CalendarUndo }> => {
    const { before } = await writeEvents(db, writes);
    await afterWrite();
    return { events: [...writes.put], undo: undoOf(writes, before) };
  };

  return {
    'calendar/list': async () => listEvents(db),

    'calendar/save': async ({ event }) => {
      const stamp = deps.now().toISOString();
      const existing = event.id ? await getEvent(db, event.id) : null;
      const record = CalendarEventSchema.parse({
        ...event,
        id: event.id ?? deps.newId(),
        // Once the CM has changed it, an example is theirs: "clear the samples" leaves it alone.
        example: event.example ?? false,
        recurrenceOf: event.recurrenceOf ?? existing?.recurrenceOf ?? null,
        createdAt: existing?.createdAt ?? event.createdAt ?? stamp,
        updatedAt: stamp,
      });
      return write({ put: [record], remove: [] });
    },

    'calendar/edit-occurrence': async ({ eventId, localStart, changes, scope }) => {
      const event = await required(db, eventId);
      const { write: records, remove } = unwrap(editOccurrence(event, localStart, changes, scope, deps.newId, deps.now()));
      // The copy made for "this event only" remembers which date of which series it replaces.
      const put = records.map((r) => (r.id === event.id ? r : { ...r, recurrenceOf: { eventId: event.id, localStart } }));
      return write({ put, remove });
    },

    'calendar/delete': async ({ eventId, localStart, scope }) => {
      const event = await required(db, eventId);
      const whole = localStart === null || scope === 'series' || !event.rrule;
      const { write: put, remove } = unwrap(whole ? removeOccurrence(event, event.start, 'series', deps.now()) : removeOccurrence(event, localStart, 'this', deps.now()));
      // A series goes with the dates that were edited on their own.
      const detached = whole ? (await listEvents(db)).filter((e) => e.recurrenceOf?.eventId === event.id).map((e) => e.id) : [];
      const { undo } = await write({ put, remove: [...remove, ...detached] });
      return { undo };
    },

    'calendar/restore': async (undo) => {
      await write({ put: undo.put, remove: undo.remove });
      return { restored: undo.put.length + undo.remove.length };
    },

    'calendar/import-ics': async ({ text, timeZone }, { locale }) => {
      const parsed = parseIcs(text, { defaultTimeZone: timeZone, now: deps.now(), idFactory: deps.newId, lang: locale });
      const message = (issue: { code: Parameters<typeof translate>[1]; line: number }) => translate(locale, issue.code, { line: issue.line });
      if (!parsed.ok) {
        const details = parsed.errors.map((e) => ({ path: '', message: message(e) }));
        throw new UserError('bad-request', 'calendar.ics.import-failed', { count: parsed.errors.length }, details);
      }
      await write({ put: parsed.events, remove: [] });
      return { imported: parsed.events.length, warnings: parsed.warnings.map((w) => ({ line: w.line, message: message(w) })) };
    },

    'calendar/export-ics': async () => {
      const events = await listEvents(db);
      return { ics: toIcs(events), count: events.length };
    },
  };
}
