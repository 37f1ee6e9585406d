import { browser } from 'wxt/browser';
import { SAVE_POST_COMMAND, SAVE_POST_MESSAGE } from '../features/quick-save/save-message';
import { OPEN_PICKER_COMMAND, OPEN_PICKER_MESSAGE } from '../features/template-picker/open-message';

/**
 * Forwards a keyboard shortcut (manifest `commands`) to the tab it was pressed in. Returns
 * whether a content script took it: a tab that is not X or Facebook has none, and that is fine.
 */
export async function forwardCommand(command: string, tab?: { id?: number }): Promise<boolean> {
  const message = command === OPEN_PICKER_COMMAND ? OPEN_PICKER_MESSAGE : command === SAVE_POST_COMMAND ? SAVE_POST_MESSAGE : null;
  if (!message) return false;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    // No content script in that tab (another site, or a tab opened before the extension loaded).
    return false;
  }
}

/** Synchronous, like every listener of the background: the shortcut may be what wakes the worker. */
export function registerCommands(): void {
  // Firefox for Android has no commands API.
  browser.commands?.onCommand.addListener((command, tab) => void forwardCommand(command, tab));
}
