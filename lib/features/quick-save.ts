import { browser } from 'wxt/browser';
import { startQuickSave } from './quick-save/controller';
import { isSavePostMessage } from './quick-save/save-message';
import type { Feature } from './types';

/**
 * A "Save post" button on every top-level post of X and Facebook, for the watch library: a
 * click saves, Alt+click (or ▾, or a long press) adds tags, competitor and note, and the
 * `save-focused-post` shortcut (forwarded by the background) saves the focused post.
 */
export const quickSave: Feature = {
  id: 'quick-save',
  init({ site, signal }) {
    const controller = startQuickSave(site, signal);
    // Only our own background may trigger a save: another extension's message is ignored.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isSavePostMessage(message)) return undefined;
      void controller.saveFocused();
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  },
};
