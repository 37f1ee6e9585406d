// `/word` + Tab in a reply box expands the template whose shortcut is `word`. The keydown check is
// the only work we do per keystroke in the host page: the key, then the caret's own text node.

import { caretSteps, saveSelection } from '../../dom/insert-text';

// After the start of the text or a space (or an opening bracket/quote), so a link such as
// https://x.com/support followed by Tab is left alone.
const SHORTCUT_BEFORE_CARET = /(?:^|[\s\u00a0([{«"“'])\/([\p{L}\p{N}_-]{1,40})$/u;

/** Tab alone, outside an IME composition: the only key that can expand a shortcut. */
export function isExpandKey(event: KeyboardEvent): boolean {
  return event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing;
}

/** The word of a `/word` ending at a collapsed caret inside the box, from the caret's text node only. */
export function shortcutBeforeCaret(box: HTMLElement): string | null {
  const selection = box.ownerDocument.getSelection();
  if (!selection || !selection.isCollapsed || selection.rangeCount === 0) return null;
  const node = selection.anchorNode;
  if (!node || node.nodeType !== Node.TEXT_NODE || !box.contains(node)) return null;
  const before = (node as Text).data.slice(0, selection.anchorOffset);
  return SHORTCUT_BEFORE_CARET.exec(before)?.[1] ?? null;
}

/**
 * Extends the selection backward over `/word`, so the paste that follows replaces it. Returns the
 * selected range, or null (selection put back) when the editor's DOM did not select exactly that.
 */
export function selectShortcut(box: HTMLElement, word: string): Range | null {
  const selection = box.ownerDocument.getSelection();
  if (!selection || typeof selection.modify !== 'function') return null;
  const caret = saveSelection(box);
  const typed = `/${word}`;
  for (let i = caretSteps(typed); i > 0; i--) selection.modify('extend', 'backward', 'character');
  const range = saveSelection(box);
  if (range && range.toString() === typed) return range;
  if (caret) {
    selection.removeAllRanges();
    selection.addRange(caret);
  }
  return null;
}

/**
 * Resolves once the host's editor has read the selection we moved. Draft.js and Lexical both sync
 * their own selection on `selectionchange`, which the browser fires in a later task; a paste sent
 * before that would land at the old caret. The timeout covers a browser that coalesced the event.
 */
export function afterSelectionSync(doc: Document, timeoutMs = 50): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', finish);
      // The editors' own listeners ran before ours (registered first); let their updates commit.
      view.setTimeout(resolve, 0);
    };
    doc.addEventListener('selectionchange', finish);
    view.setTimeout(finish, timeoutMs);
  });
}
