// .ics export of the editorial calendar, readable by Google Calendar, Outlook and Apple Calendar.
import type { CalendarEvent } from '../schema/calendar';
import { DAY_MS, normalizeLocal, parseLocal } from './civil';
import { escapeText, fold, formatDuration, localToBasic, utcBasic } from './ics-text';
import { parseRule } from './rule';
import { vtimezoneLines } from './vtimezone';
import { isValidTimeZone, wallMsToInstantMs } from './zone';

export const PRODID = '-//CM Sidekick//Editorial calendar//EN';

/** X- properties carry what RFC 5545 has no place for, so our own export round-trips. */
export const X_BRAND = 'X-CMSK-BRAND';
export const X_PLATFORMS = 'X-CMSK-PLATFORMS';
export const X_CHECKLIST = 'X-CMSK-CHECKLIST';
export const X_EXAMPLE = 'X-CMSK-EXAMPLE';
/** A DATE value has no zone; ours still matters for reminders and the day's instants. */
export const X_DAY_ZONE = 'X-CMSK-TZID';

function isoToBasic(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? utcBasic(0) : utcBasic(ms);
}

/**
 * RFC 5545 wants UNTIL in UTC when DTSTART has a TZID; a floating UNTIL we stored (or
 * imported) is turned into the instant it names in the event's zone.
 */
function exportedRule(event: CalendarEvent, allDay: boolean): string | null {
  if (!event.rrule) return null;
  const parsed = parseRule(event.rrule);
  if (!parsed.ok) return null;
  const { rule } = parsed;
  if (allDay || !rule.until || rule.until.kind === 'utc') return rule.source;
  const wall = rule.until.dateOnly ? rule.until.wallMs + DAY_MS - 1000 : rule.until.wallMs;
  const until = utcBasic(wallMsToInstantMs(wall, event.timeZone));
  return rule.source.split(';').map((p) => (p.startsWith('UNTIL=') ? `UNTIL=${until}` : p)).join(';');
}

function eventLines(e: CalendarEvent): string[] {
  const start = parseLocal(e.start);
  if (!start) return [];
  const allDay = start.allDay;
  const when = (local: string): string => localToBasic(normalizeLocal(local) ?? local);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.id}`,
    `DTSTAMP:${isoToBasic(e.updatedAt)}`,
    `CREATED:${isoToBasic(e.createdAt)}`,
    `LAST-MODIFIED:${isoToBasic(e.updatedAt)}`,
    allDay ? `DTSTART;VALUE=DATE:${when(e.start)}` : `DTSTART;TZID=${e.timeZone}:${when(e.start)}`,
  ];
  if (allDay) lines.push(`${X_DAY_ZONE}:${e.timeZone}`);
  if (e.durationMinutes !== null) lines.push(`DURATION:${formatDuration(e.durationMinutes)}`);
  const rule = exportedRule(e, allDay);
  if (rule) lines.push(`RRULE:${rule}`);
  if (e.exdates.length > 0) {
    const values = e.exdates.map((x) => (allDay ? when(x).slice(0, 8) : when(x))).join(',');
    lines.push(allDay ? `EXDATE;VALUE=DATE:${values}` : `EXDATE;TZID=${e.timeZone}:${values}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.notes) lines.push(`DESCRIPTION:${escapeText(e.notes)}`);
  if (e.tags.length > 0) lines.push(`CATEGORIES:${e.tags.map(escapeText).join(',')}`);
  if (e.brand !== null) lines.push(`${X_BRAND}:${escapeText(e.brand)}`);
  lines.push(`${X_PLATFORMS}:${e.platforms.join(',')}`);
  lines.push(`${X_CHECKLIST}:${e.inChecklist ? 'TRUE' : 'FALSE'}`);
  if (e.example) lines.push(`${X_EXAMPLE}:TRUE`);
  if (e.reminderMinutes !== null) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.title)}`, `TRIGGER:-${formatDuration(e.reminderMinutes)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A VCALENDAR with one VEVENT per event; CRLF line endings, lines folded at 75 octets. */
export function toIcs(events: readonly CalendarEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  // One VTIMEZONE per zone with a timed event, as of the earliest year exported.
  const zones = new Map<string, number>();
  for (const e of events) {
    const p = parseLocal(e.start);
    if (!p || p.allDay || !isValidTimeZone(e.timeZone)) continue;
    zones.set(e.timeZone, Math.min(zones.get(e.timeZone) ?? p.year, p.year));
  }
  for (const [zone, year] of zones) lines.push(...vtimezoneLines(zone, year));
  for (const e of events) lines.push(...eventLines(e));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
