// Soft warnings shown beside a template in the editor and the picker: they never block a save.

import type { Template } from '../schema';
import { X_MAX_WEIGHTED_LENGTH, weightedLength } from '../text/weighted-length';
import { render, type RenderContext } from './render';

export type TemplateWarning = { code: 'x-too-long'; weighted: number; limit: number };

// Typical values, so a template is judged as a CM will send it, not by its `{{…}}` spelling.
const SAMPLE: RenderContext = {
  author: { displayName: 'Alexandra Martin', firstName: 'Alexandra', handle: 'alexandra_martin' },
  me: { name: 'Camille' },
  brand: { name: 'Maison Durand' },
  lang: 'fr',
  now: new Date(2026, 8, 30),
};

/**
 * X counts 280 weighted characters (links 23, emoji 2). With a context, the real rendering is
 * measured; without one, sample values of typical length stand in for the variables.
 */
export function templateWarnings(template: Pick<Template, 'body' | 'lang' | 'platforms'>, ctx?: Omit<RenderContext, 'lang'>): TemplateWarning[] {
  const warnings: TemplateWarning[] = [];
  if (template.platforms.includes('x') || template.platforms.includes('any')) {
    const { text } = render(template.body, { ...(ctx ?? SAMPLE), lang: template.lang });
    const weighted = weightedLength(text);
    if (weighted > X_MAX_WEIGHTED_LENGTH) warnings.push({ code: 'x-too-long', weighted, limit: X_MAX_WEIGHTED_LENGTH });
  }
  return warnings;
}
