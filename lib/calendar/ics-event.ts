// One VEVENT of an imported .ics file → the fields of a CalendarEvent. Structure, limits and the
// all-or-nothing rule live in ics-import.ts.
import { MAX_SHORT, MAX_TAGS, MAX_TEXT, PlatformSchema, type Platform } from '../schema/common';
import { DAY_MS, formatWallMs } from './civil';
import { X_BRAND, X_CHECKLIST, X_DAY_ZONE, X_EXAMPLE, X_PLATFORMS } from './ics-export';
import { parseDateValue, parseDuration, splitTextList, unescapeText, type ContentLine } from './ics-text';
import { resolveTzid } from './ics-zones';
import { parseRule } from './rule';
import { instantToLocal, wallMsToInstantMs } from './zone';

export type IcsIssueCode =
  | 'calendar.ics.too-large'
  | 'calendar.ics.not-calendar'
  | 'calendar.ics.too-many-events'
  | 'calendar.ics.bad-line'
  | 'calendar.ics.unbalanced'
  | 'calendar.ics.missing-start'
  | 'calendar.ics.bad-date'
  | 'calendar.ics.bad-duration'
  | 'calendar.ics.end-before-start'
  | 'calendar.ics.bad-rule'
  | 'calendar.ics.invalid-event'
  | 'calendar.ics.bad-zone'
  | 'calendar.ics.unknown-zone'
  | 'calendar.ics.duration-clamped'
  | 'calendar.ics.ignored-property';

/** `code` picks the message shown to the CM (with {line}); `reason` gives the detail in English. */
export interface IcsIssue {
  line: number;
  code: IcsIssueCode;
  reason: string;
}

export interface ImportContext {
  defaultTimeZone: string;
  /** X-WR-TIMEZONE when the file names one: Google's zone for floating times. */
  calendarZone: string;
  untitled: string;
  errors: IcsIssue[];
  warnings: IcsIssue[];
}

export interface EventDraft {
  line: number;
  props: ContentLine[];
  alarms: ContentLine[][];
}

interface DateTime {
  local: string;
  timeZone: string;
  allDay: boolean;
  instant: number;
}

/** What a VEVENT says, before ids and the schema are applied. */
export interface ImportedFields {
  uid: string | null;
  recurrenceId: DateTime | null;
  cancelled: boolean;
  title: string;
  notes: string;
  brand: string | null;
  platforms: Platform[];
  start: string;
  timeZone: string;
  allDay: boolean;
  durationMinutes: number | null;
  rrule: string | null;
  exdates: string[];
  reminderMinutes: number | null;
  tags: string[];
  inChecklist: boolean;
  example: boolean;
  created: string | null;
  updated: string | null;
}

const MAX_DURATION = 60 * 24 * 31;
const MAX_REMINDER = 60 * 24 * 30;

function zoneOf(cl: ContentLine, ctx: ImportContext): string | null {
  const tzid = cl.params.TZID?.[0];
  if (tzid === undefined) return null;
  const zone = resolveTzid(tzid);
  if (zone) return zone;
  ctx.warnings.push({ line: cl.line, code: 'calendar.ics.unknown-zone', reason: `unknown time zone "${tzid}", read as ${ctx.defaultTimeZone}` });
  return ctx.defaultTimeZone;
}

function readValue(cl: ContentLine, value: string, ctx: ImportContext): DateTime | null {
  const v = parseDateValue(value);
  if (!v) {
    ctx.errors.push({ line: cl.line, code: 'calendar.ics.bad-date', reason: `${cl.name} "${value}" is not a date` });
    return null;
  }
  if (v.kind === 'utc') {
    // A UTC time has no zone of its own: it is shown on the CM's wall clock.
    const tz = ctx.defaultTimeZone;
    return { local: instantToLocal(v.ms, tz), timeZone: tz, allDay: false, instant: v.ms };
  }
  const tz = zoneOf(cl, ctx) ?? ctx.calendarZone;
  const allDay = v.kind === 'date';
  return { local: formatWallMs(v.wallMs, allDay), timeZone: tz, allDay, instant: wallMsToInstantMs(v.wallMs, tz) };
}

/** An EXDATE or RECURRENCE-ID as a local start in the event's own zone and kind. */
function inEventTime(dt: DateTime, start: DateTime): string {
  if (start.allDay) return dt.allDay ? dt.local : instantToLocal(dt.instant, start.timeZone, true);
  if (dt.allDay) return `${dt.local}${start.local.slice(10)}`;
  return dt.timeZone === start.timeZone ? dt.local : instantToLocal(dt.instant, start.timeZone);
}

function isoOf(cl: ContentLine | undefined): string | null {
  const v = cl ? parseDateValue(cl.value) : null;
  if (!v) return null;
  return new Date(v.kind === 'utc' ? v.ms : v.wallMs).toISOString();
}

function reminderOf(alarms: ContentLine[][]): number | null {
  for (const alarm of alarms) {
    const trigger = alarm.find((l) => l.name === 'TRIGGER');
    // Only reminders before the start: absolute times and "after the end" have no place here.
    if (!trigger || trigger.params.VALUE?.[0]?.toUpperCase() === 'DATE-TIME' || trigger.params.RELATED?.[0]?.toUpperCase() === 'END') continue;
    const secs = parseDuration(trigger.value);
    if (secs !== null && secs <= 0) return Math.min(MAX_REMINDER, Math.round(-secs / 60));
  }
  return null;
}

function durationOf(d: EventDraft, start: DateTime, ctx: ImportContext): number | null | undefined {
  const dtend = d.props.find((l) => l.name === 'DTEND');
  const dur = d.props.find((l) => l.name === 'DURATION');
  let minutes: number | null = null;
  if (dtend) {
    const end = readValue(dtend, dtend.value, ctx);
    if (!end) return undefined;
    minutes = start.allDay && end.allDay
      ? Math.round((Date.parse(end.local) - Date.parse(start.local)) / DAY_MS) * 1440
      : Math.round((end.instant - start.instant) / 60_000);
    if (minutes < 0) {
      ctx.errors.push({ line: dtend.line, code: 'calendar.ics.end-before-start', reason: 'DTEND is before DTSTART' });
      return undefined;
    }
  } else if (dur) {
    const secs = parseDuration(dur.value);
    if (secs === null || secs < 0) {
      ctx.errors.push({ line: dur.line, code: 'calendar.ics.bad-duration', reason: `DURATION "${dur.value}" is not valid` });
      return undefined;
    }
    minutes = Math.round(secs / 60);
  }
  if (minutes !== null && minutes > MAX_DURATION) {
    ctx.warnings.push({ line: (dtend ?? dur)?.line ?? d.line, code: 'calendar.ics.duration-clamped', reason: `shortened to 31 days` });
    minutes = MAX_DURATION;
  }
  return minutes;
}

/** The fields of one VEVENT, or null when it has errors (already pushed to ctx.errors). */
export function readEvent(d: EventDraft, ctx: ImportContext): ImportedFields | null {
  const errorsBefore = ctx.errors.length;
  const one = (name: string): ContentLine | undefined => d.props.find((l) => l.name === name);
  const all = (name: string): ContentLine[] => d.props.filter((l) => l.name === name);
  const dtstart = one('DTSTART');
  if (!dtstart) {
    ctx.errors.push({ line: d.line, code: 'calendar.ics.missing-start', reason: 'VEVENT without DTSTART' });
    return null;
  }
  const read = readValue(dtstart, dtstart.value, ctx);
  if (!read) return null;
  const dayZone = read.allDay ? resolveTzid(one(X_DAY_ZONE)?.value ?? '') : null;
  const start = dayZone ? { ...read, timeZone: dayZone, instant: wallMsToInstantMs(Date.parse(read.local), dayZone) } : read;
  const durationMinutes = durationOf(d, start, ctx);

  const rules = all('RRULE');
  let rrule: string | null = null;
  if (rules[0]) {
    const parsed = parseRule(rules[0].value);
    if (parsed.ok) rrule = parsed.rule.source;
    else ctx.errors.push({ line: rules[0].line, code: 'calendar.ics.bad-rule', reason: `RRULE: ${parsed.reason}` });
  }
  for (const extra of [...rules.slice(1), ...all('RDATE'), ...all('EXRULE')]) {
    ctx.warnings.push({ line: extra.line, code: 'calendar.ics.ignored-property', reason: `${extra.name} is not supported and was ignored` });
  }
  const exdates: string[] = [];
  for (const cl of all('EXDATE')) {
    for (const value of cl.value.split(',')) {
      const dt = readValue(cl, value, ctx);
      if (dt) exdates.push(inEventTime(dt, start));
    }
  }
  const rid = one('RECURRENCE-ID');
  const recurrenceId = rid ? readValue(rid, rid.value, ctx) : null;
  if (ctx.errors.length > errorsBefore || durationMinutes === undefined) return null;

  const text = (cl: ContentLine | undefined, max: number): string => (cl ? unescapeText(cl.value).trim().slice(0, max) : '');
  const tags = [...new Set(all('CATEGORIES').flatMap((cl) => splitTextList(cl.value)).map((t) => t.trim().slice(0, 100)).filter((t) => t.length > 0))];
  const platforms = (one(X_PLATFORMS)?.value.split(',') ?? []).map((p) => PlatformSchema.safeParse(p.trim().toLowerCase())).flatMap((r) => (r.success ? [r.data] : []));
  const brand = text(one(X_BRAND), 200);
  return {
    uid: one('UID')?.value.trim() || null,
    recurrenceId,
    cancelled: one('STATUS')?.value.trim().toUpperCase() === 'CANCELLED',
    title: text(one('SUMMARY'), MAX_SHORT) || ctx.untitled,
    notes: text(one('DESCRIPTION'), MAX_TEXT),
    brand: brand || null,
    platforms: platforms.length > 0 ? [...new Set(platforms)].slice(0, 3) : ['any'],
    start: start.local,
    timeZone: start.timeZone,
    allDay: start.allDay,
    durationMinutes,
    rrule,
    exdates: [...new Set(exdates)],
    reminderMinutes: reminderOf(d.alarms),
    tags: tags.slice(0, MAX_TAGS),
    inChecklist: one(X_CHECKLIST)?.value.trim().toUpperCase() !== 'FALSE',
    example: one(X_EXAMPLE)?.value.trim().toUpperCase() === 'TRUE',
    created: isoOf(one('CREATED')),
    updated: isoOf(one('LAST-MODIFIED')) ?? isoOf(one('DTSTAMP')),
  };
}

/** Where an overridden occurrence sat in its series, in the series' zone. */
export function recurrenceLocal(fields: ImportedFields, master: ImportedFields): string | null {
  const r = fields.recurrenceId;
  if (!r) return null;
  const start: DateTime = { local: master.start, timeZone: master.timeZone, allDay: master.allDay, instant: 0 };
  return inEventTime(r, start);
}
