import { describe, expect, it } from 'vitest';
import { alarmName, dueReminders, nextReminders, parseAlarmName } from '../../../lib/calendar/reminders';
import { makeEvent } from './make-event';

const HOUR = 3_600_000;
// Mondays 10:00 Paris (09:00Z in winter), reminder 30 min before.
const book = makeEvent({ id: 'book', start: '2026-01-05T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', reminderMinutes: 30 });
const quiet = makeEvent({ id: 'quiet', start: '2026-01-05T10:00', rrule: 'FREQ=DAILY' });
const live = makeEvent({ id: 'live:42', start: '2026-01-12T18:00', reminderMinutes: 24 * 60 });

describe('nextReminders', () => {
  const now = new Date('2026-01-11T12:00:00Z');
  const next = nextReminders([book, quiet, live], now, 7 * 24 * HOUR);

  it('lists reminders in the horizon, sorted, with deterministic alarm names', () => {
    expect(next).toEqual([
      { alarmName: 'reminder:book:2026-01-12T10:00', when: Date.parse('2026-01-12T08:30:00Z'), eventId: 'book', occurrenceLocalStart: '2026-01-12T10:00' },
      { alarmName: 'reminder:live:42:2026-01-12T18:00', when: Date.parse('2026-01-11T17:00:00Z'), eventId: 'live:42', occurrenceLocalStart: '2026-01-12T18:00' },
    ].sort((a, b) => a.when - b.when));
  });

  it('re-arming after a restart gives the same alarms, never more', () => {
    const again = nextReminders([book, quiet, live], new Date(now.getTime() + 60_000), 7 * 24 * HOUR);
    expect(new Set([...next, ...again].map((r) => r.alarmName)).size).toBe(next.length);
  });

  it('leaves out a reminder whose time has passed, even if the occurrence is still ahead', () => {
    const at = new Date('2026-01-12T08:45:00Z');
    expect(nextReminders([book], at, 2 * HOUR)).toEqual([]);
  });

  it('keeps the local time across DST', () => {
    const r = nextReminders([book], new Date('2026-03-29T00:00:00Z'), 2 * 24 * HOUR);
    expect(r.map((x) => new Date(x.when).toISOString())).toEqual(['2026-03-30T07:30:00.000Z']);
  });
});

describe('dueReminders (catch-up after the browser was closed)', () => {
  it('returns missed reminders of the last 6 hours once, and drops older ones', () => {
    const daily = makeEvent({ id: 'watch', start: '2026-01-05T08:00', timeZone: 'UTC', rrule: 'FREQ=DAILY;BYHOUR=8,12,16', reminderMinutes: 0 });
    const closedAt = new Date('2026-01-10T09:00:00Z');
    const reopened = new Date('2026-01-10T19:00:00Z');
    const due = dueReminders([daily], closedAt, reopened);
    // 12:00 was 7 h ago (dropped), 16:00 is 3 h ago (fired).
    expect(due.map((r) => r.occurrenceLocalStart)).toEqual(['2026-01-10T16:00']);
    expect(dueReminders([daily], reopened, new Date(reopened.getTime() + 60_000))).toEqual([]);
  });

  it('does not overlap with nextReminders at the same instant', () => {
    const at = new Date('2026-01-12T08:30:00Z');
    const due = dueReminders([book], at.getTime() - HOUR, at);
    const next = nextReminders([book], at, 7 * 24 * HOUR);
    expect(due.map((r) => r.alarmName)).toEqual(['reminder:book:2026-01-12T10:00']);
    expect(next.map((r) => r.alarmName)).not.toContain('reminder:book:2026-01-12T10:00');
  });

  it('has nothing to catch up on the first run', () => {
    expect(dueReminders([book], null, new Date('2026-01-12T09:00:00Z'))).toEqual([]);
  });
});

describe('alarm names', () => {
  it('parse back, even with ":" in the event id', () => {
    expect(parseAlarmName(alarmName('live:42', '2026-01-12T18:00'))).toEqual({ eventId: 'live:42', localStart: '2026-01-12T18:00' });
    expect(parseAlarmName(alarmName('salon', '2026-03-14'))).toEqual({ eventId: 'salon', localStart: '2026-03-14' });
    expect(parseAlarmName('badge-refresh')).toBeNull();
  });
});
