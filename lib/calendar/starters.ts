// The two recurring topics new CMs start from (FIELD.md: a fixed weekly rendez-vous keeps an
// audience coming back). Marked example so the CM can clear samples in one go.
import type { CalendarEvent } from '../schema/calendar';
import type { Lang } from '../schema/common';
import en from '../i18n/en/calendar';
import fr from '../i18n/fr/calendar';
import { dayToDays, formatDay, weekdayOfDays } from './civil';
import { instantToLocal, isValidTimeZone } from './zone';

export const STARTER_TAG = 'recurring-topic';

/** Fixed ids: seeding twice (reinstall, second device) overwrites instead of duplicating. */
export const STARTER_IDS = { book: 'example-book-of-the-week', reading: 'example-what-are-you-reading' } as const;

/** The first date on or after `days` that falls on `weekday` (Monday = 0). */
function onOrAfter(days: number, weekday: number): string {
  return formatDay(days + ((weekday - weekdayOfDays(days) + 7) % 7));
}

export function starterEvents(lang: Lang, now: Date, timeZone: string): CalendarEvent[] {
  const strings = lang === 'fr' ? fr : en;
  // The browser's zone should always be valid; UTC keeps the samples usable if it is not.
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const today = dayToDays(instantToLocal(now, zone, true)) ?? 0;
  const stamp = now.toISOString();
  const base = {
    brand: null,
    platforms: ['any' as const],
    timeZone: zone,
    // Half an hour to publish and answer the first comments.
    durationMinutes: 30,
    exdates: [],
    reminderMinutes: 30,
    tags: [STARTER_TAG],
    inChecklist: true,
    example: true,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return [
    {
      ...base,
      id: STARTER_IDS.book,
      title: strings['calendar.starter.book.title'],
      notes: strings['calendar.starter.book.notes'],
      start: `${onOrAfter(today, 0)}T10:00`,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
    },
    {
      ...base,
      id: STARTER_IDS.reading,
      title: strings['calendar.starter.reading.title'],
      notes: strings['calendar.starter.reading.notes'],
      // Weekend readers are online later in the morning.
      start: `${onOrAfter(today, 5)}T11:00`,
      rrule: 'FREQ=WEEKLY;BYDAY=SA',
    },
  ];
}
