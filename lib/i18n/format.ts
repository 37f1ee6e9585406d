// Locale helpers with no catalogue attached, so content scripts can use them without
// bundling every string of the product in both languages.
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];
export type Params = Record<string, string | number>;

/** Picks French for any fr-* browser language, English otherwise. */
export function detectLocale(languages: readonly string[] | string | undefined): Locale {
  const list = typeof languages === 'string' ? [languages] : (languages ?? []);
  for (const lang of list) {
    const base = lang.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
