// Turning a template body into the reply that goes into the host's editor. Pure and synchronous:
// the picker calls it for every visible option on every keystroke.

import type { Brand, Lang } from '../schema';
import { deriveFirstName } from './first-name';
import { parse, type Token, type VariableName } from './parse';

export { parse, validate, lookupVariable, VARIABLES } from './parse';
export type { Token, TextToken, VariableToken, TemplateIssue, IssueCode, VariableName } from './parse';

/** The author of the post being answered, as the site adapter read it. */
export type RenderAuthor = {
  displayName?: string | null;
  /** A first name the CM confirmed (stored on the author); wins over the guess from the display name. */
  firstName?: string | null;
  handle?: string | null;
};

export type RenderContext = {
  author?: RenderAuthor | null;
  /** The CM, for `{{me.name}}` (settings' myName). */
  me?: { name?: string | null } | null;
  brand?: Pick<Brand, 'name'> | null;
  /** The template's language: it picks the date format. */
  lang: Lang;
  /** Defaults to the current time; tests and previews pin it. */
  now?: Date;
};

/** Values the CM typed in the picker for variables that had none, keyed by variable name as written. */
export type ProvidedValues = Readonly<Record<string, string | undefined>>;

export type RenderResult = {
  text: string;
  /** Where the caret should land, as an offset in `text`; null means at the end. */
  cursor: number | null;
  /** Variables left empty because nothing filled them: the picker must not insert while this is non-empty. */
  missing: string[];
};

export type RenderOptions = {
  /** What to show for a missing value, for previews only (e.g. "[First name]"); empty by default. */
  placeholder?: (name: string) => string;
};

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

// fr "1 décembre 2026", en "December 1, 2026"; formatters are cached because previews render often.
export function formatDate(date: Date, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The context's value for a known variable, or null when the context has none. */
export function contextValue(name: VariableName, ctx: RenderContext): string | null {
  switch (name) {
    case 'author.firstName':
      return nonEmpty(ctx.author?.firstName) ?? deriveFirstName(ctx.author?.displayName, { handle: ctx.author?.handle });
    case 'author.name':
      return nonEmpty(ctx.author?.displayName);
    case 'author.handle': {
      const handle = nonEmpty(ctx.author?.handle);
      return handle && (handle.startsWith('@') ? handle : `@${handle}`);
    }
    case 'me.name':
      return nonEmpty(ctx.me?.name);
    case 'brand':
      return nonEmpty(ctx.brand?.name);
    case 'date':
      return formatDate(ctx.now ?? new Date(), ctx.lang);
    case 'cursor':
      return '';
  }
}

// Provided (typed by the CM) beats the context, which beats the fallback. Unknown names have no
// context value: the picker asks for them rather than inserting a raw `{{…}}`.
function resolve(token: Extract<Token, { kind: 'variable' }>, ctx: RenderContext, provided: ProvidedValues | undefined): string | null {
  const typed = nonEmpty(provided?.[token.name]) ?? (token.known ? nonEmpty(provided?.[token.known]) : null);
  if (typed !== null) return typed;
  const fromContext = token.known ? contextValue(token.known, ctx) : null;
  if (fromContext !== null) return fromContext;
  if (token.fallback !== null) return token.fallback;
  return token.name ? null : '';
}

const newlines = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * Variables that have no value and no fallback, each once, in body order. Names are as written for
 * unknown variables and canonical for known ones.
 */
export function missingValues(body: string, ctx: RenderContext, provided?: ProvidedValues): string[] {
  const missing: string[] = [];
  for (const token of parse(body)) {
    if (token.kind !== 'variable' || resolve(token, ctx, provided) !== null) continue;
    const name = token.known ?? token.name;
    if (!missing.includes(name)) missing.push(name);
  }
  return missing;
}

/**
 * Values are inserted as literal text and never parsed again, so a name containing `{{`, HTML or
 * emoji comes out exactly as it was. Line breaks are kept (normalised to `\n`).
 */
export function render(body: string, ctx: RenderContext, provided?: ProvidedValues, opts: RenderOptions = {}): RenderResult {
  let text = '';
  let cursor: number | null = null;
  const missing: string[] = [];
  for (const token of parse(body)) {
    if (token.kind === 'text') {
      text += newlines(token.value);
      continue;
    }
    if (token.known === 'cursor') {
      // Only the first marker counts; validate() reports the others.
      cursor ??= text.length;
      continue;
    }
    const value = resolve(token, ctx, provided);
    if (value === null) {
      const name = token.known ?? token.name;
      if (!missing.includes(name)) missing.push(name);
      text += opts.placeholder?.(name) ?? '';
    } else {
      text += newlines(value);
    }
  }
  return { text, cursor, missing };
}

/** Renders with the template's own language, which is what the date format must follow. */
export function renderTemplate(template: { body: string; lang: Lang }, ctx: Omit<RenderContext, 'lang'>, provided?: ProvidedValues, opts?: RenderOptions): RenderResult {
  return render(template.body, { ...ctx, lang: template.lang }, provided, opts);
}
