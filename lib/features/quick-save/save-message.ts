// The message the background sends a tab when the CM presses the "Save the focused post"
// shortcut (manifest `commands`). Pure data, so both sides import it.

export const SAVE_POST_COMMAND = 'save-focused-post';

export const SAVE_POST_MESSAGE = { cmsk: 1, type: 'quick-save/save-focused' } as const;

export function isSavePostMessage(message: unknown): boolean {
  if (!message || typeof message !== 'object') return false;
  const { cmsk, type } = message as { cmsk?: unknown; type?: unknown };
  return cmsk === SAVE_POST_MESSAGE.cmsk && type === SAVE_POST_MESSAGE.type;
}
