// Putting a reply into the host's editor so that the editor itself takes it. X (Draft.js) and
// Facebook (Lexical) keep their own state: text written into the DOM is not what gets posted.
// What both accept is a paste, so we dispatch a synthetic one (see docs SITES.md).
// `document.execCommand('insertText')` is avoided: Draft.js corrupts multi-line text with it, and
// Lexical only takes it when the box is empty.

export type InsertOptions = {
  /** The editor's selection saved (saveSelection) before our picker took the focus. */
  savedRange?: Range | null;
  /** Where the caret should end up, as an offset in `text` (a template's `{{cursor}}`). */
  cursorOffset?: number | null;
  /**
   * The window whose constructors build the events. In Firefox a content script's own
   * `ClipboardEvent`/`DataTransfer` live in its sandbox, and the page's editor cannot read the
   * data of an event made there; the caller passes the page's window (`window.wrappedJSObject`)
   * so the editor sees a page-made event. Chrome shares DOM objects across worlds: the default
   * (the editor's own window) is right there.
   */
  win?: Window;
};

type EventWindow = Window & typeof globalThis;

/** The current selection if it lies inside the editor, copied so later focus changes cannot move it. */
export function saveSelection(editable: HTMLElement): Range | null {
  const selection = editable.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!editable.contains(range.startContainer) || !editable.contains(range.endContainer)) return null;
  return range.cloneRange();
}

function restoreSelection(editable: HTMLElement, savedRange: Range | null | undefined): Selection | null {
  const selection = editable.ownerDocument.getSelection();
  if (!selection) return null;
  // The host may have re-rendered the editor while the picker was open: a range into nodes that
  // are gone would put the text nowhere, so fall back to the end of the editor.
  const usable = savedRange && editable.contains(savedRange.startContainer) && editable.contains(savedRange.endContainer);
  const range = usable ? savedRange : editable.ownerDocument.createRange();
  if (!usable) {
    range.selectNodeContents(editable);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

function makeData(win: EventWindow, text: string): DataTransfer {
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  return data;
}

function dispatchPaste(editable: HTMLElement, win: EventWindow, text: string): boolean {
  const data = makeData(win, text);
  const event = new win.ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data });
  // Firefox ignores `clipboardData` in the init dictionary and gives the event its own, empty one:
  // set the text on that.
  if (event.clipboardData && event.clipboardData.getData('text/plain') !== text) event.clipboardData.setData('text/plain', text);
  // Both editors call preventDefault() on a paste they handled.
  return !editable.dispatchEvent(event);
}

function dispatchReplacement(editable: HTMLElement, win: EventWindow, text: string): boolean {
  const event = new win.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: makeData(win, text),
  });
  return !editable.dispatchEvent(event);
}

/** How many caret moves of one "character" cover `text`: Selection.modify counts graphemes, not UTF-16 units. */
export function caretSteps(text: string): number {
  if (typeof Intl.Segmenter === 'function') {
    let steps = 0;
    for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) steps++;
    return steps;
  }
  return Array.from(text).length;
}

/**
 * Moves the caret back over the text after `{{cursor}}`. We move the DOM selection and let each
 * editor read it back: Draft.js and Lexical both sync their selection from `selectionchange`, so
 * this works without reaching into their state. One step per grapheme; a line break is one step
 * in both editors (a block boundary in Draft.js, a <br> in Lexical).
 */
function moveCaretBack(editable: HTMLElement, steps: number): void {
  const selection = editable.ownerDocument.getSelection();
  if (!selection || typeof selection.modify !== 'function') return;
  // The CM may have clicked elsewhere in the meantime: never move a caret that left the editor.
  if (!selection.anchorNode || !editable.contains(selection.anchorNode)) return;
  for (let i = 0; i < steps; i++) selection.modify('move', 'backward', 'character');
}

/**
 * Inserts `text` at the saved selection (or the end) of a Draft.js or Lexical editor. Returns
 * false when neither the paste nor the fallback was taken by the editor; the caller can then
 * offer to copy the text instead.
 *
 * The caret move for `cursorOffset` runs on the next task: Lexical commits a paste in a microtask
 * and then rewrites the DOM selection, which would undo a move made now.
 */
export function insertIntoEditor(editable: HTMLElement, text: string, opts: InsertOptions = {}): boolean {
  const win = (opts.win ?? editable.ownerDocument.defaultView) as EventWindow | null;
  if (!win || !editable.isConnected) return false;
  editable.focus({ preventScroll: true });
  restoreSelection(editable, opts.savedRange);

  const handled = dispatchPaste(editable, win, text) || dispatchReplacement(editable, win, text);
  const { cursorOffset } = opts;
  if (handled && cursorOffset !== null && cursorOffset !== undefined && cursorOffset >= 0 && cursorOffset < text.length) {
    const steps = caretSteps(text.slice(cursorOffset));
    win.setTimeout(() => moveCaretBack(editable, steps), 0);
  }
  return handled;
}
