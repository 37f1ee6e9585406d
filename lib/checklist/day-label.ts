import type { Locale } from '../i18n/format';

/** "Tuesday, December 1" / "mardi 1 décembre": the day a list is for, as the popup's header says it. */
export function dayLabel(day: string, locale: Locale): string {
  // Noon UTC names the same calendar day in every zone.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
