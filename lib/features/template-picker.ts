import { startTemplatePicker, type TemplatePickerController } from './template-picker/controller';
import type { Feature } from './types';

let running: TemplatePickerController | null = null;

/** The picker running on this page, for features that offer templates one click away (tone hints); null when it is not. */
export function templatePickerOnPage(): TemplatePickerController | null {
  return running;
}

/**
 * Reply templates inside X and Facebook reply boxes: a button after the focused box, the
 * keyboard shortcut (manifest `commands`, forwarded by the background through reply-tools.ts),
 * and `/word` + Tab. Part of the in-page UI module, started by reply-tools.ts.
 */
export const templatePicker: Feature = {
  id: 'template-picker',
  init({ site, signal }) {
    const picker = startTemplatePicker(site, signal);
    running = picker;
    signal.addEventListener('abort', () => { if (running === picker) running = null; }, { once: true });
  },
};
