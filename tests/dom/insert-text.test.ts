import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caretSteps, insertIntoEditor, saveSelection } from '../../lib/dom/insert-text';

let editable: HTMLDivElement;
let text: Text;

beforeEach(() => {
  document.body.innerHTML = '<input id="picker"><div contenteditable="true" id="editor">Bonjour !</div>';
  editable = document.getElementById('editor') as HTMLDivElement;
  text = editable.firstChild as Text;
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function select(node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Behaves like Draft.js and Lexical: takes the paste and cancels the browser's own. */
function handlePaste(): { text: () => string | undefined; caret: () => [Node, number] | undefined; event: () => ClipboardEvent | undefined } {
  let seen: ClipboardEvent | undefined;
  let caret: [Node, number] | undefined;
  editable.addEventListener('paste', (event) => {
    seen = event;
    const range = document.getSelection()?.getRangeAt(0);
    caret = range ? [range.startContainer, range.startOffset] : undefined;
    event.preventDefault();
  });
  return { text: () => seen?.clipboardData?.getData('text/plain'), caret: () => caret, event: () => seen };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('saveSelection', () => {
  it('copies a selection inside the editor', () => {
    select(text, 3);
    const saved = saveSelection(editable);
    select(text, 7);
    expect(saved?.startContainer).toBe(text);
    expect(saved?.startOffset).toBe(3);
  });

  it('returns null when the selection is elsewhere', () => {
    select(document.body, 0);
    expect(saveSelection(editable)).toBeNull();
    document.getSelection()?.removeAllRanges();
    expect(saveSelection(editable)).toBeNull();
  });
});

describe('insertIntoEditor', () => {
  it('dispatches a cancelable, bubbling paste carrying the text as text/plain', () => {
    const paste = handlePaste();
    const bodyListener = vi.fn();
    document.body.addEventListener('paste', bodyListener);
    const reply = 'Bonjour Camille,\nmerci pour votre message 🌿';
    expect(insertIntoEditor(editable, reply)).toBe(true);
    expect(paste.text()).toBe(reply);
    expect(paste.event()).toMatchObject({ bubbles: true, cancelable: true, type: 'paste' });
    expect(bodyListener).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(editable);
  });

  it('restores the saved selection before pasting', () => {
    select(text, 8);
    const savedRange = saveSelection(editable);
    (document.getElementById('picker') as HTMLInputElement).focus();
    select(document.body, 0);
    const paste = handlePaste();
    insertIntoEditor(editable, 'Camille', { savedRange });
    expect(paste.caret()).toEqual([text, 8]);
  });

  it('pastes at the end when the saved range no longer belongs to the editor', () => {
    select(text, 2);
    const savedRange = saveSelection(editable);
    editable.textContent = 'Nouveau texte';
    const paste = handlePaste();
    insertIntoEditor(editable, 'x', { savedRange });
    const [node, offset] = paste.caret() ?? [];
    expect(node).toBe(editable);
    expect(offset).toBe(editable.childNodes.length);
  });

  it('falls back to beforeinput insertReplacementText when the paste is not taken', () => {
    let replacement: InputEvent | undefined;
    editable.addEventListener('beforeinput', (event) => {
      replacement = event;
      event.preventDefault();
    });
    expect(insertIntoEditor(editable, 'Merci !')).toBe(true);
    expect(replacement).toMatchObject({ inputType: 'insertReplacementText', data: 'Merci !', cancelable: true });
    expect(replacement?.dataTransfer?.getData('text/plain')).toBe('Merci !');
  });

  it('does not send the fallback after a handled paste', () => {
    handlePaste();
    const beforeInput = vi.fn();
    editable.addEventListener('beforeinput', beforeInput);
    insertIntoEditor(editable, 'Merci !');
    expect(beforeInput).not.toHaveBeenCalled();
  });

  it('reports failure when the editor takes neither', () => {
    expect(insertIntoEditor(editable, 'Merci !')).toBe(false);
    editable.remove();
    expect(insertIntoEditor(editable, 'Merci !')).toBe(false);
  });

  it('builds the events with the given window (Firefox: the page world)', () => {
    handlePaste();
    const made: string[] = [];
    const win = {
      ClipboardEvent: function (type: string, init: ClipboardEventInit) {
        made.push(`ClipboardEvent:${type}`);
        return new window.ClipboardEvent(type, init);
      },
      DataTransfer: function () {
        made.push('DataTransfer');
        return new window.DataTransfer();
      },
      InputEvent: window.InputEvent,
      setTimeout: window.setTimeout.bind(window),
    } as unknown as Window;
    expect(insertIntoEditor(editable, 'x', { win })).toBe(true);
    expect(made).toEqual(['DataTransfer', 'ClipboardEvent:paste']);
  });

  describe('caret for {{cursor}}', () => {
    function stubModify() {
      const modify = vi.fn();
      Object.defineProperty(document.getSelection() as Selection, 'modify', { value: modify, configurable: true });
      return modify;
    }

    it('moves back over the graphemes after the cursor, once the editor has committed', async () => {
      handlePaste();
      const modify = stubModify();
      const reply = 'Merci 👩🏽‍💻 !\nÀ bientôt';
      insertIntoEditor(editable, reply, { cursorOffset: 'Merci '.length });
      expect(modify).not.toHaveBeenCalled();
      await nextTask();
      // "👩🏽‍💻", " ", "!", "\n", "À bientôt" (9): 13 steps, not reply.length - 6.
      expect(modify).toHaveBeenCalledTimes(13);
      expect(modify).toHaveBeenCalledWith('move', 'backward', 'character');
    });

    it('leaves the caret alone without a cursor, at the end, or when nothing was inserted', async () => {
      const modify = stubModify();
      insertIntoEditor(editable, 'abc', { cursorOffset: 1 });
      handlePaste();
      insertIntoEditor(editable, 'abc', { cursorOffset: null });
      insertIntoEditor(editable, 'abc', { cursorOffset: 3 });
      await nextTask();
      expect(modify).not.toHaveBeenCalled();
    });

    it('does not move a caret that has left the editor', async () => {
      handlePaste();
      const modify = stubModify();
      insertIntoEditor(editable, 'abc', { cursorOffset: 1 });
      select(document.body, 0);
      await nextTask();
      expect(modify).not.toHaveBeenCalled();
    });
  });
});

describe('caretSteps', () => {
  it('counts graphemes: a family emoji or a flag is one step', () => {
    expect(caretSteps('a👨‍👩‍👧🇫🇷\n')).toBe(4);
    expect(caretSteps('')).toBe(0);
  });
});
