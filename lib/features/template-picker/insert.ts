// Putting a rendered template into the host's editor, and telling the background it was used.

import { insertIntoEditor } from '../../dom/insert-text';
import { sendMessage } from '../../messaging/client';
import type { Template } from '../../schema';
import type { RenderResult } from '../../templates/render';
import type { ReplyAuthor } from '../people-marker/reply-author';

export type InsertOutcome = 'inserted' | 'copied' | 'failed';

/**
 * Firefox gives content scripts their own DOM constructors; the host's editor only reads a paste
 * built with the page's own (see insert-text.ts). Chrome has no `wrappedJSObject`.
 */
function pageWindow(box: HTMLElement): Window | undefined {
  const view = box.ownerDocument.defaultView as (Window & { wrappedJSObject?: Window }) | null;
  return view?.wrappedJSObject;
}

function newUseId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export async function insertTemplate(box: HTMLElement, template: Template, rendered: RenderResult, savedRange: Range | null, author?: ReplyAuthor): Promise<InsertOutcome> {
  const win = pageWindow(box);
  const inserted = insertIntoEditor(box, rendered.text, { savedRange, cursorOffset: rendered.cursor, ...(win ? { win } : {}) });
  if (inserted) {
    // One id per insertion: a message delivered twice counts once (templates-handlers.ts).
    void sendMessage('templates/used', { id: template.id, useId: newUseId(), ...(author ? { author } : {}) });
    return 'inserted';
  }
  // The CM's reply must not be lost: the clipboard still takes it while the key press is recent.
  try {
    await navigator.clipboard.writeText(rendered.text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
