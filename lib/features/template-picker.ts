import { browser } from 'wxt/browser';
import { startTemplatePicker, type TemplatePickerController } from './template-picker/controller';
import { isOpenPickerMessage } from './template-picker/open-message';
import type { Feature } from './types';

let running: TemplatePickerController | null = null;

/** The picker running on this page, for features that offer templates one click away (tone hints); null when it is not. */
export function templatePickerOnPage(): TemplatePickerController | null {
  return running;
}

/**
 * Reply templates inside X and Facebook reply boxes: a button after the focused box, the
 * keyboard shortcut (manifest `commands`, forwarded by the background), and `/word` + Tab.
 */
export const templatePicker: Feature = {
  id: 'template-picker',
  init({ site, signal }) {
    const picker = startTemplatePicker(site, signal);
    running = picker;
    signal.addEventListener('abort', () => { if (running === picker) running = null; }, { once: true });
    // Only our own background may open the picker: another extension's message is ignored.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isOpenPickerMessage(message)) return undefined;
      picker.command();
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  },
};
