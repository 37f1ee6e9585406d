// The one message the background sends a tab: the CM pressed the "Insert a reply template"
// keyboard shortcut (manifest `commands`). Pure data, so both sides import it.

export const OPEN_PICKER_COMMAND = 'open-template-picker';

export const OPEN_PICKER_MESSAGE = { cmsk: 1, type: 'picker/open' } as const;

export function isOpenPickerMessage(message: unknown): boolean {
  if (!message || typeof message !== 'object') return false;
  const { cmsk, type } = message as { cmsk?: unknown; type?: unknown };
  return cmsk === OPEN_PICKER_MESSAGE.cmsk && type === OPEN_PICKER_MESSAGE.type;
}
