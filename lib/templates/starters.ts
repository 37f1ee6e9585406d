// Installed on first run so the picker is useful before the CM writes a single template.
// Marked `example: true`: the CM is expected to adapt them to their brand.

import { TemplateSchema, type Template } from '../schema';
import { STARTERS, type StarterVariant } from './starter-texts';

const VARIANTS: readonly StarterVariant[] = ['fr-vous', 'fr-tu', 'en'];

/** Stable ids (`starter-fr-vous-complaint-dm`): a reinstall or an import never duplicates them. */
export function starterId(variant: StarterVariant, slug: string): string {
  return `starter-${variant}-${slug}`;
}

export function starterTemplates(now: Date): Template[] {
  const at = now.toISOString();
  return VARIANTS.flatMap((variant) =>
    STARTERS.map((starter) => {
      const { title, body } = starter.texts[variant];
      const register = variant === 'fr-vous' ? ['vous'] : variant === 'fr-tu' ? ['tu'] : [];
      // Parsed, not just typed: the defaults (usage, shortcut) come from the schema, and a starter
      // that breaks the schema fails at first run in tests rather than in a CM's browser.
      return TemplateSchema.parse({
        id: starterId(variant, starter.slug),
        title,
        body,
        tags: [...starter.tags, ...register],
        lang: variant === 'en' ? 'en' : 'fr',
        platforms: ['any'],
        brand: null,
        example: true,
        createdAt: at,
        updatedAt: at,
      });
    }),
  );
}
