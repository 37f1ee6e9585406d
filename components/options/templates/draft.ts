// The template being edited in the options page, as the form holds it, and the checks run on save.
// Pure: the view turns the problems into text and the draft into a `templates/save` request.

import type { RequestOf } from '@/lib/messages';
import type { Lang, Template } from '@/lib/schema';
import { issueMessageKey, type IssueMessageKey } from '@/lib/templates/messages';
import { validate } from '@/lib/templates/render';
import type { TemplatesKey } from '@/components/picker/picker-types';

export type Draft = {
  /** Absent for a new template. */
  id?: string;
  title: string;
  body: string;
  /** As typed: comma-separated. */
  tags: string;
  lang: Lang;
  x: boolean;
  facebook: boolean;
  /** Brand id; null serves every brand. */
  brand: string | null;
  /** Without the leading `/`. */
  shortcut: string;
};

export type DraftField = 'title' | 'body' | 'platforms' | 'shortcut';

export type DraftProblem = {
  field: DraftField;
  key: TemplatesKey | IssueMessageKey;
  params?: Record<string, string | number>;
  /** For body issues: where in the body, so the editor can select it. */
  span?: { start: number; end: number };
};

const SHORTCUT = /^[\p{L}\p{N}_-]{1,40}$/u;

export function emptyDraft(lang: Lang): Draft {
  return { title: '', body: '', tags: '', lang, x: true, facebook: true, brand: null, shortcut: '' };
}

export function draftOf(template: Template): Draft {
  const any = template.platforms.includes('any');
  return {
    id: template.id,
    title: template.title,
    body: template.body,
    tags: template.tags.join(', '),
    lang: template.lang,
    x: any || template.platforms.includes('x'),
    facebook: any || template.platforms.includes('facebook'),
    brand: template.brand,
    shortcut: template.shortcut ?? '',
  };
}

export function parseTags(text: string): string[] {
  const tags = text.split(',').map((tag) => tag.trim()).filter(Boolean);
  return tags.filter((tag, i) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === i);
}

export function platformsOf(draft: Pick<Draft, 'x' | 'facebook'>): Template['platforms'] {
  // Both means every platform, including ones CM Sidekick may support later.
  if (draft.x && draft.facebook) return ['any'];
  return draft.x ? ['x'] : draft.facebook ? ['facebook'] : [];
}

const cleanShortcut = (shortcut: string) => shortcut.trim().replace(/^\//, '');

/** Everything that stops a save, in form order; body issues come with their line and column. */
export function draftProblems(draft: Draft, others: readonly Template[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.title.trim()) problems.push({ field: 'title', key: 'templates.editor.titleRequired' });
  if (!draft.body.trim()) problems.push({ field: 'body', key: 'templates.editor.bodyRequired' });
  for (const issue of validate(draft.body)) {
    problems.push({
      field: 'body',
      key: issueMessageKey(issue.code),
      params: { line: issue.line, column: issue.column, name: issue.name ?? '' },
      span: { start: issue.start, end: issue.end },
    });
  }
  if (platformsOf(draft).length === 0) problems.push({ field: 'platforms', key: 'templates.editor.platformRequired' });
  const shortcut = cleanShortcut(draft.shortcut);
  if (shortcut && !SHORTCUT.test(shortcut)) problems.push({ field: 'shortcut', key: 'templates.editor.shortcutInvalid' });
  else if (shortcut) {
    const taken = others.find((t) => t.id !== draft.id && t.shortcut?.toLowerCase() === shortcut.toLowerCase());
    if (taken) problems.push({ field: 'shortcut', key: 'templates.editor.shortcutTaken', params: { shortcut, title: taken.title } });
  }
  return problems;
}

/** The save request. A template the CM saved is theirs: it is no longer marked as an example. */
export function saveRequestOf(draft: Draft, original: Template | null): RequestOf<'templates/save'> {
  const shortcut = cleanShortcut(draft.shortcut);
  return {
    ...(draft.id ? { id: draft.id } : {}),
    title: draft.title.trim(),
    body: draft.body,
    tags: parseTags(draft.tags),
    lang: draft.lang,
    platforms: platformsOf(draft),
    brand: draft.brand,
    shortcut: shortcut || null,
    example: false,
    ...(original ? { createdAt: original.createdAt, usage: original.usage } : {}),
  };
}

/** A copy to save as a new template: no id, no usage, not an example. */
export function duplicateRequestOf(template: Template, title: string): RequestOf<'templates/save'> {
  const { id: _id, usage: _usage, createdAt: _created, updatedAt: _updated, ...rest } = template;
  // Two templates cannot answer the same `/word`: the copy starts without one.
  return { ...rest, title, shortcut: null, example: false };
}
