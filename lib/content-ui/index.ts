// The in-page UI module: everything drawn with Preact, loaded on the CM's first gesture that
// needs it (lib/content/load-ui.ts). Each export is started by a page-script feature.

import type { SiteAdapter } from '../sites/types';
import { templatePicker, templatePickerOnPage } from '../features/template-picker';
import type { TemplatePickerController } from '../features/template-picker/controller';
import { toneHints } from '../features/tone-hints';

export { createDetailsOpener } from '../features/quick-save/details';
export { createCardOpener } from '../features/people-marker/card';

/** The template picker and the tone hints, which both live beside the focused reply box. */
export function startReplyTools(site: SiteAdapter, signal: AbortSignal): TemplatePickerController | null {
  for (const feature of [templatePicker, toneHints]) {
    try {
      feature.init({ site, signal });
    } catch (error) {
      // One broken feature must not take the other, or the host page, down with it.
      console.error(`[CM Sidekick] ${feature.id} failed to start`, error);
    }
  }
  return templatePickerOnPage();
}
