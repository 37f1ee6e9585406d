// What the panel makes of the engine's hints: which ones the CM still wants to see, and which
// templates answer the post's reading. Pure: no DOM, no messages.

import type { Site, Template } from '../../schema';
import type { Hint, HintId } from '../../tone';

/**
 * Template tags (English ids, as on the starter templates) that answer each reading of the post.
 * A sarcastic post is a complaint dressed as praise (the catalogue labels it upset too), so it
 * gets the complaint templates; escalation also gets the crisis ones.
 */
export const READING_TAGS: Readonly<Partial<Record<HintId, readonly string[]>>> = {
  'in.upset': ['upset'],
  'in.hostile': ['hostile'],
  'in.sarcasm': ['upset'],
  'in.question': ['question'],
  'in.praise': ['praise'],
  'in.escalation': ['escalation', 'crisis'],
};

/** The hints minus those the CM asked never to see again. */
export function visibleHints(hints: readonly Hint[], muted: ReadonlySet<string>): Hint[] {
  return hints.filter((hint) => !muted.has(hint.id));
}

/** The tags every shown reading of the post asks for, without repeats, in catalogue order. */
export function readingTags(hints: readonly Hint[]): string[] {
  const tags = new Set<string>();
  for (const hint of hints) for (const tag of READING_TAGS[hint.id] ?? []) tags.add(tag);
  return [...tags];
}

export interface TemplateContext {
  platform: Site;
  brandId: string | null;
}

/**
 * Templates tagged with one of `tags` that fit this platform and brand: the ones the picker would
 * list in context. Tags are compared without case, as CMs type them ("Upset", "upset ").
 */
export function matchingTemplates(templates: readonly Template[], tags: readonly string[], ctx: TemplateContext): Template[] {
  if (tags.length === 0) return [];
  const wanted = new Set(tags.map((tag) => tag.trim().toLowerCase()));
  return templates.filter(
    (template) =>
      (template.platforms.includes('any') || template.platforms.includes(ctx.platform)) &&
      (template.brand === null || template.brand === ctx.brandId) &&
      template.tags.some((tag) => wanted.has(tag.trim().toLowerCase())),
  );
}

/** The same test as a predicate, for the picker's narrowed library. */
export function templateMatcher(tags: readonly string[], ctx: TemplateContext): (template: Template) => boolean {
  return (template) => matchingTemplates([template], tags, ctx).length === 1;
}

/** Threats to escalate deserve a follow-up on today's list. */
export function needsFollowUp(hints: readonly Hint[]): boolean {
  return hints.some((hint) => hint.id === 'in.escalation');
}

/** A cheap identity of what the panel shows, so an unchanged draft costs no render. */
export function hintsSignature(hints: readonly Hint[]): string {
  return hints.map((hint) => `${hint.id}\u0000${hint.reason}`).join('\u0001');
}
