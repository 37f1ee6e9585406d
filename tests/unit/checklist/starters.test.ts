import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../lib/calendar/expand';
import { starterEvents } from '../../../lib/calendar/starters';
import { dayBounds, dayKey } from '../../../lib/checklist/day';
import { closeDay, streak } from '../../../lib/checklist/history';
import { defaultRoutine } from '../../../lib/checklist/starters';
import { buildToday, openDay, remainingRequired, setDone } from '../../../lib/checklist/today';
import { ChecklistItemSchema } from '../../../lib/schema/checklist';

const now = new Date('2026-01-12T08:00:00Z');

describe('defaultRoutine', () => {
  it('gives the same valid steps in French and English, with a reason each', () => {
    const fr = defaultRoutine('fr', now);
    const en = defaultRoutine('en', now);
    expect(fr.map((i) => i.id)).toEqual(en.map((i) => i.id));
    for (const item of [...fr, ...en]) {
      expect(ChecklistItemSchema.parse(item)).toEqual(item);
      expect(item.why.length).toBeGreaterThan(10);
      expect(item.example).toBe(true);
    }
    expect(fr[0]!.label).toBe('Veille du matin : secteur et concurrents');
    expect(new Set(fr.map((i) => i.recurrence.kind))).toEqual(new Set(['daily', 'weekly', 'monthly']));
    expect(fr.filter((i) => !i.required).map((i) => i.id)).toEqual(['routine-mentions', 'routine-campaigns', 'routine-ambassadors', 'routine-partners', 'routine-audit']);
  });
});

describe("a CM's Monday, start to finish", () => {
  it('builds the list, ticks it, closes the day and counts the streak', () => {
    const tz = 'Europe/Paris';
    const items = defaultRoutine('fr', now);
    const events = starterEvents('fr', new Date('2026-01-05T08:00:00Z'), tz);
    const day = dayKey(now, 4, tz);
    expect(day).toBe('2026-01-12');
    const occurrences = expandOccurrences(events, dayBounds(day, 4, tz));
    const today = buildToday({ items, events, occurrences, day, brandId: null, dayState: null, dayStartHour: 4, timeZone: tz });
    expect(today.filter((i) => i.kind === 'event').map((i) => i.label)).toEqual(['Livre de la semaine']);
    expect(today.some((i) => i.key === 'routine-team')).toBe(true);
    expect(today.some((i) => i.key === 'routine-kpis')).toBe(false);
    expect(remainingRequired(today)).toBe(8);

    let state = openDay(day, null);
    for (const i of today.filter((x) => x.required)) state = setDone(state, i.key, true, now);
    const done = buildToday({ items, events, occurrences, day, brandId: null, dayState: state, dayStartHour: 4, timeZone: tz });
    expect(remainingRequired(done)).toBe(0);
    expect(streak([closeDay(state, done)], '2026-01-13')).toBe(1);
  });
});
