// .ics import: all or nothing. A file that cannot be fully read imports no event, and every
// problem comes back with its line so the CM can fix or re-export the file.
import { CalendarEventSchema, type CalendarEvent } from '../schema/calendar';
import type { Lang } from '../schema/common';
import enCalendar from '../i18n/en/calendar';
import frCalendar from '../i18n/fr/calendar';
import { readEvent, recurrenceLocal, type EventDraft, type IcsIssue, type ImportContext, type ImportedFields } from './ics-event';
import { parseContentLine, unfold } from './ics-text';
import { resolveTzid } from './ics-zones';
import { isValidTimeZone } from './zone';

export type { IcsIssue, IcsIssueCode } from './ics-event';

export const MAX_ICS_BYTES = 5 * 1024 * 1024;
export const MAX_ICS_EVENTS = 10_000;
const MAX_ERRORS = 50;

export interface ParseIcsOptions {
  /** The CM's zone: UTC times are shown on its wall clock, unknown TZIDs fall back to it. */
  defaultTimeZone: string;
  now: Date;
  idFactory: () => string;
  /** Language of the title given to events without SUMMARY. */
  lang?: Lang;
}

export type ParseIcsResult =
  | { ok: true; events: CalendarEvent[]; warnings: IcsIssue[] }
  | { ok: false; errors: IcsIssue[] };

function byteLength(text: string): number {
  if (text.length * 3 <= MAX_ICS_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function fail(line: number, code: IcsIssue['code'], reason: string): ParseIcsResult {
  return { ok: false, errors: [{ line, code, reason }] };
}

interface Parsed {
  drafts: EventDraft[];
  calendarZone: string | null;
}

/** Components and their lines; VTIMEZONE and anything we do not use are skipped. */
function readStructure(text: string, ctx: ImportContext): Parsed | null {
  const lines = unfold(text.replace(/^\uFEFF/, ''));
  const first = lines[0];
  if (!first || first.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    ctx.errors.push({ line: first?.line ?? 1, code: 'calendar.ics.not-calendar', reason: 'the file does not start with BEGIN:VCALENDAR' });
    return null;
  }
  const drafts: EventDraft[] = [];
  const stack: string[] = [];
  let draft: EventDraft | null = null;
  let alarm: EventDraft['props'] | null = null;
  let calendarZone: string | null = null;
  for (const raw of lines) {
    if (ctx.errors.length >= MAX_ERRORS) break;
    const cl = parseContentLine(raw);
    if (!cl) {
      ctx.errors.push({ line: raw.line, code: 'calendar.ics.bad-line', reason: `cannot read "${raw.text.slice(0, 40)}"` });
      continue;
    }
    const top = stack[stack.length - 1];
    if (cl.name === 'BEGIN') {
      const kind = cl.value.trim().toUpperCase();
      if (stack.length === 0 && kind !== 'VCALENDAR') {
        ctx.errors.push({ line: cl.line, code: 'calendar.ics.unbalanced', reason: `BEGIN:${kind} outside VCALENDAR` });
        return null;
      }
      stack.push(kind);
      if (kind === 'VEVENT' && top === 'VCALENDAR') {
        if (drafts.length >= MAX_ICS_EVENTS) {
          ctx.errors.push({ line: cl.line, code: 'calendar.ics.too-many-events', reason: `more than ${MAX_ICS_EVENTS} events` });
          return null;
        }
        draft = { line: cl.line, props: [], alarms: [] };
      } else if (kind === 'VALARM' && top === 'VEVENT' && draft) {
        alarm = [];
      }
      continue;
    }
    if (cl.name === 'END') {
      const kind = cl.value.trim().toUpperCase();
      if (kind !== top) {
        ctx.errors.push({ line: cl.line, code: 'calendar.ics.unbalanced', reason: `END:${kind} while ${top ?? 'nothing'} is open` });
        return null;
      }
      stack.pop();
      if (kind === 'VEVENT' && draft && stack[stack.length - 1] === 'VCALENDAR') {
        drafts.push(draft);
        draft = null;
      } else if (kind === 'VALARM' && alarm && draft) {
        draft.alarms.push(alarm);
        alarm = null;
      }
      continue;
    }
    if (top === 'VALARM' && alarm) alarm.push(cl);
    else if (top === 'VEVENT' && draft) draft.props.push(cl);
    else if (top === 'VCALENDAR' && cl.name === 'X-WR-TIMEZONE') calendarZone = resolveTzid(cl.value);
  }
  if (stack.length > 0) {
    const last = lines[lines.length - 1];
    ctx.errors.push({ line: last?.line ?? 1, code: 'calendar.ics.unbalanced', reason: `END:${stack[stack.length - 1]} is missing` });
  }
  return ctx.errors.length > 0 ? null : { drafts, calendarZone };
}

/** Reads an .ics file (Google Calendar, Outlook, Apple, our own export) into calendar events. */
export function parseIcs(text: string, options: ParseIcsOptions): ParseIcsResult {
  if (byteLength(text) > MAX_ICS_BYTES) return fail(0, 'calendar.ics.too-large', 'the file is larger than 5 MB');
  if (!isValidTimeZone(options.defaultTimeZone)) return fail(0, 'calendar.ics.bad-zone', `unknown time zone ${options.defaultTimeZone}`);
  const strings = options.lang === 'fr' ? frCalendar : enCalendar;
  const ctx: ImportContext = {
    defaultTimeZone: options.defaultTimeZone,
    calendarZone: options.defaultTimeZone,
    untitled: strings['calendar.untitled'],
    errors: [],
    warnings: [],
  };
  const parsed = readStructure(text, ctx);
  if (!parsed) return { ok: false, errors: ctx.errors };
  if (parsed.calendarZone) ctx.calendarZone = parsed.calendarZone;

  const read: { fields: ImportedFields; line: number }[] = [];
  for (const d of parsed.drafts) {
    if (ctx.errors.length >= MAX_ERRORS) break;
    const fields = readEvent(d, ctx);
    if (fields) read.push({ fields, line: d.line });
  }
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
  return build(read, options, ctx);
}

function build(read: { fields: ImportedFields; line: number }[], options: ParseIcsOptions, ctx: ImportContext): ParseIcsResult {
  const stamp = options.now.toISOString();
  const masters = new Map<string, CalendarEvent>();
  const masterFields = new Map<string, ImportedFields>();
  const out: { event: CalendarEvent; line: number }[] = [];
  const usedIds = new Set<string>();
  const idFor = (wanted: string | null): string => {
    // Ids come from UID so re-importing a file updates events instead of duplicating them.
    const id = wanted && wanted.length <= 200 && !usedIds.has(wanted) ? wanted : options.idFactory();
    usedIds.add(id);
    return id;
  };
  const toEvent = (f: ImportedFields, id: string): CalendarEvent => ({
    id,
    title: f.title,
    notes: f.notes,
    brand: f.brand,
    platforms: f.platforms,
    start: f.start,
    timeZone: f.timeZone,
    durationMinutes: f.durationMinutes,
    rrule: f.rrule,
    exdates: f.exdates,
    reminderMinutes: f.reminderMinutes,
    tags: f.tags,
    inChecklist: f.inChecklist,
    example: f.example,
    createdAt: f.created ?? stamp,
    updatedAt: f.updated ?? f.created ?? stamp,
  });
  // Series first, so a moved or cancelled occurrence (RECURRENCE-ID) finds its series.
  for (const { fields, line } of read) {
    if (fields.recurrenceId || fields.cancelled) continue;
    const event = toEvent(fields, idFor(fields.uid));
    if (fields.uid && !masters.has(fields.uid)) {
      masters.set(fields.uid, event);
      masterFields.set(fields.uid, fields);
    }
    out.push({ event, line });
  }
  for (const { fields, line } of read) {
    if (!fields.recurrenceId) continue;
    const master = fields.uid ? masters.get(fields.uid) : undefined;
    const mf = fields.uid ? masterFields.get(fields.uid) : undefined;
    const at = master && mf ? recurrenceLocal(fields, mf) : null;
    if (master && at) master.exdates = [...new Set([...master.exdates, at])];
    if (fields.cancelled) continue;
    out.push({ event: toEvent({ ...fields, rrule: null, exdates: [] }, idFor(at && fields.uid ? `${fields.uid}/${at}` : null)), line });
  }
  const events: CalendarEvent[] = [];
  for (const { event, line } of out) {
    const r = CalendarEventSchema.safeParse(event);
    if (r.success) events.push(r.data);
    else {
      const issue = r.error.issues[0];
      ctx.errors.push({ line, code: 'calendar.ics.invalid-event', reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` });
    }
  }
  return ctx.errors.length > 0 ? { ok: false, errors: ctx.errors.slice(0, MAX_ERRORS) } : { ok: true, events, warnings: ctx.warnings };
}
