import type { z } from 'zod';
import type { ErrorDetail } from './messages';
import { isMessageKey, translate, type Locale, type MessageKey } from './i18n';

const MAX_DETAILS = 5;

/** `templates[3].title`: the way a CM reading the file would point at the field. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function typeName(locale: Locale, name: string): string {
  const key = `issue.type.${name}`;
  return isMessageKey(key) ? translate(locale, key) : name;
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** Turns one zod issue into words a CM understands, in their language. */
export function describeIssue(locale: Locale, issue: z.core.$ZodIssue): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('issue.required');
      return t('issue.type', { expected: typeName(locale, issue.expected), received: typeName(locale, receivedType(issue.input)) });
    case 'too_big':
      if (issue.origin === 'string') return t('issue.too-long', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('issue.too-many', { max: Number(issue.maximum) });
      return t('issue.too-big', { max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('issue.required') : t('issue.too-short', { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('issue.too-few', { min: Number(issue.minimum) });
      return t('issue.too-small', { min: Number(issue.minimum) });
    case 'invalid_format': {
      const key = `issue.format.${issue.format}`;
      return t('issue.format', { format: isMessageKey(key) ? translate(locale, key) : issue.format });
    }
    case 'invalid_value':
      return t('issue.value', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return t('issue.unknown-keys', { keys: issue.keys.slice(0, 5).join(', ') });
    case 'custom':
      return t('issue.custom', { message: issue.message });
    default:
      return t('issue.invalid');
  }
}

export function describeIssues(locale: Locale, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ErrorDetail[] {
  const details = issues.slice(0, MAX_DETAILS).map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return { path: path || translate(locale, 'issue.root'), message: describeIssue(locale, issue) };
  });
  if (issues.length > MAX_DETAILS) details.push({ path: '', message: translate(locale, 'issue.more', { count: issues.length - MAX_DETAILS }) });
  return details;
}
