import type { Locale } from '@/lib/i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "1 déc. 2026, 09:00": one formatter per language, reused for every row. */
export function formatDateTime(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, f);
  }
  return f.format(new Date(iso));
}

const numbers = new Map<string, Intl.NumberFormat>();

export function formatCount(n: number | null, locale: Locale): string {
  if (n === null) return '–';
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
    numbers.set(locale, f);
  }
  return f.format(n);
}
