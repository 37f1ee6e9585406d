import { browser } from 'wxt/browser';
import { loadUi } from '../content/load-ui';
import type { TemplatePickerController } from './template-picker/controller';
import { isOpenPickerMessage } from './template-picker/open-message';
import type { Feature } from './types';

/**
 * Starts the template picker and the tone hints, which live beside a reply box, the first time
 * the CM focuses one or presses the picker shortcut: a tab where they only read costs no more
 * than the watching of its posts. Once started, those features follow focus themselves.
 */
export const replyTools: Feature = {
  id: 'reply-tools',
  init({ site, signal }) {
    let started: Promise<TemplatePickerController | null> | null = null;
    const start = () => {
      started ??= loadUi().then((ui) => (signal.aborted ? null : ui.startReplyTools(site, signal)), (error: unknown) => {
        started = null;
        console.error('[CM Sidekick] the reply tools could not load', error);
        return null;
      });
      return started;
    };
    // No instanceof: in Firefox content scripts page elements are not instances of our globals.
    const isReplyBox = (el: EventTarget | null): boolean =>
      !!el && (el as Node).nodeType === Node.ELEMENT_NODE && (el as HTMLElement).isContentEditable && site.findReplyBoxes(el as HTMLElement).includes(el as HTMLElement);
    const onFocus = (event: FocusEvent) => {
      if (!isReplyBox(event.target)) return;
      document.removeEventListener('focusin', onFocus);
      void start();
    };
    document.addEventListener('focusin', onFocus, { signal });
    // A box focused before we started (the script runs at document_idle).
    if (isReplyBox(document.activeElement)) void start();

    // Only our own background may open the picker: another extension's message is ignored.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isOpenPickerMessage(message)) return undefined;
      return start().then((picker) => {
        picker?.command();
        return true;
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  },
};
