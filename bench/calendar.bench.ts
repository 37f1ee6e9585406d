// Opening the calendar expands a year of the CM's recurring events; budget ≤ 5 ms.
import { CalendarEventSchema, type CalendarEvent } from '../lib/schema/calendar';
import { expandOccurrences } from '../lib/calendar/expand';

const RULES = [
  'FREQ=WEEKLY;BYDAY=MO',
  'FREQ=WEEKLY;BYDAY=SA',
  'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
  'FREQ=MONTHLY;BYDAY=1MO',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=MONTHLY;BYMONTHDAY=-1',
  'FREQ=MONTHLY;BYMONTHDAY=31',
  'FREQ=DAILY',
  'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261231T235959Z',
];
const ZONES = ['Europe/Paris', 'Europe/Paris', 'Europe/Paris', 'America/Montreal', 'Indian/Reunion'];

/** 50 series that started before the year, like a calendar used for a while. */
export function benchEvents(): CalendarEvent[] {
  return Array.from({ length: 50 }, (_, i) =>
    CalendarEventSchema.parse({
      id: `bench-${i}`,
      title: `Series ${i}`,
      start: `2025-0${1 + (i % 9)}-0${1 + (i % 9)}T${String(8 + (i % 10)).padStart(2, '0')}:30`,
      timeZone: ZONES[i % ZONES.length],
      durationMinutes: 30,
      rrule: RULES[i % RULES.length],
      exdates: i % 3 === 0 ? ['2026-03-02T09:30', '2026-06-01T10:30'] : [],
      reminderMinutes: 15,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }),
  );
}

function measure(iterations: number, warmup: number, fn: () => void): number {
  for (let i = 0; i < warmup; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - t0) / iterations;
}

export default [
  {
    name: 'calendar: expand a year of 50 recurring events',
    unit: 'ms',
    run: (): number => {
      const events = benchEvents();
      const range = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
      let count = 0;
      const mean = measure(200, 20, () => {
        count = expandOccurrences(events, range).length;
      });
      if (count < 4_000) throw new Error(`bench expanded only ${count} occurrences`);
      return mean;
    },
  },
];
