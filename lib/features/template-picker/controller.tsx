// Ties the picker to the page: a button after each reply box the CM focuses, the picker for the
// box, `/word` + Tab expansion, and the keyboard shortcut forwarded by the background.

import { saveSelection } from '../../dom/insert-text';
import { contentLocale, contentSettings, t } from '../../content/i18n';
import { createShadowUi, type ShadowUi } from '../../content/shadow-ui';
import type { Template } from '../../schema';
import type { SiteAdapter } from '../../sites/types';
import { renderTemplate, type RenderResult } from '../../templates/render';
import buttonCss from './button.css?inline';
import { insertTemplate } from './insert';
import { openPickerSession, type PickerSession } from './picker-session';
import { buttonAnchor } from './placement';
import { pickerContextFor } from './reply-context';
import { replyAuthorOf } from '../people-marker/reply-author';
import { afterSelectionSync, isExpandKey, selectShortcut, shortcutBeforeCaret } from './slash-shortcut';
import { createTemplateStore, narrowLibrary, templateForShortcut } from './template-store';
import { TriggerButton } from './trigger-button';

interface BoxUi {
  ui: ShadowUi;
  stop: AbortController;
  /** The caret when the box last lost focus: where a keyboard user's reply goes after tabbing to our button. */
  lastRange: Range | null;
  note: string | null;
}

const NOTE_MS = 8_000;

export interface TemplatePickerController {
  /** Opens the picker for the focused reply box (or the last one), or closes it when open. */
  command(): void;
  /** Opens the picker for `box` on the templates `keep` accepts (the tone hints' "Matching templates"). */
  openMatching(box: HTMLElement, keep: (template: Template) => boolean): void;
  /** The CM's templates, from the cache the picker keeps; empty when the background cannot answer. */
  templates(): Promise<readonly Template[]>;
}

export function startTemplatePicker(site: SiteAdapter, signal: AbortSignal): TemplatePickerController {
  const doc = document;
  const store = createTemplateStore();
  const boxes = new Map<HTMLElement, BoxUi>();
  let lastBox: HTMLElement | null = null;
  let session: PickerSession | null = null;

  // No instanceof: in Firefox content scripts page elements are not instances of our globals.
  const isReplyBox = (el: EventTarget | null): el is HTMLElement =>
    !!el && (el as Node).nodeType === Node.ELEMENT_NODE && (el as HTMLElement).isContentEditable && site.findReplyBoxes(el as HTMLElement).includes(el as HTMLElement);

  const draw = (box: HTMLElement, entry: BoxUi) =>
    entry.ui.render(<TriggerButton platform={site.site} label={t('templates.button.label')} expanded={session?.box === box} note={entry.note} onOpen={() => toggle(box)} />);

  const forget = (box: HTMLElement) => {
    boxes.get(box)?.stop.abort();
    boxes.delete(box);
  };

  const attach = (box: HTMLElement): BoxUi => {
    // Boxes the host threw away (a closed dialog, a re-rendered composer) take their button along.
    for (const known of [...boxes.keys()]) if (!known.isConnected) forget(known);
    let entry = boxes.get(box);
    if (entry && !entry.ui.host.isConnected) {
      forget(box);
      entry = undefined;
    }
    if (!entry) {
      const stop = new AbortController();
      const ui = createShadowUi({ name: 'template-button', css: buttonCss, theme: site.theme(doc), signal: AbortSignal.any([signal, stop.signal]), mount: (host) => buttonAnchor(box).after(host) });
      entry = { ui, stop, lastRange: null, note: null };
      boxes.set(box, entry);
    }
    entry.ui.setTheme(site.theme(doc));
    draw(box, entry);
    return entry;
  };

  const showNote = (box: HTMLElement, note: string) => {
    const entry = boxes.get(box);
    if (!entry) return;
    entry.note = note;
    draw(box, entry);
    setTimeout(() => {
      if (entry.note !== note) return;
      entry.note = null;
      if (!entry.stop.signal.aborted) draw(box, entry);
    }, NOTE_MS);
  };

  const finish = async (box: HTMLElement, template: Template, rendered: RenderResult, range: Range | null) => {
    if (signal.aborted || !box.isConnected) return;
    // Give the editor its focus and caret back and let it read them, then paste (see slash-shortcut.ts).
    box.focus({ preventScroll: true });
    if (range && box.contains(range.startContainer) && box.contains(range.endContainer)) {
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    await afterSelectionSync(doc);
    const outcome = await insertTemplate(box, template, rendered, range, replyAuthorOf(site, site.authorOfReplyBox(box)));
    store.invalidate();
    if (outcome !== 'inserted') showNote(box, t(outcome === 'copied' ? 'templates.insert.copied' : 'templates.insert.failed'));
  };

  const open = (box: HTMLElement, initial?: Template, range?: Range | null, keep?: (template: Template) => boolean) => {
    session?.close(false);
    const entry = attach(box);
    const savedRange = range ?? saveSelection(box) ?? entry.lastRange;
    const library = narrowLibrary(store.current(), keep);
    session = openPickerSession({
      box,
      savedRange,
      context: pickerContextFor(site, box, contentSettings.value, contentLocale.value),
      theme: site.theme(doc),
      library,
      pending: store.load().then((loaded) => narrowLibrary(loaded, keep)),
      initial,
      trigger: entry.ui.host,
      signal,
      onPick: (template, rendered, saved) => void finish(box, template, rendered, saved),
      onClosed: () => {
        session = null;
        if (boxes.get(box) === entry && !entry.stop.signal.aborted) draw(box, entry);
      },
    });
    draw(box, entry);
  };

  const toggle = (box: HTMLElement) => (session?.box === box ? session.close(true) : open(box));

  const expand = (box: HTMLElement, word: string, template: Template) => {
    const range = selectShortcut(box, word);
    if (!range) return;
    const context = pickerContextFor(site, box, contentSettings.value, contentLocale.value);
    const rendered = renderTemplate(template, { author: context.author, me: context.me, brand: context.brand });
    // Values the post does not give are asked for first; the range still covers `/word`.
    if (rendered.missing.length > 0) open(box, template, range);
    else void finish(box, template, rendered, range);
  };

  doc.addEventListener('focusin', (event) => {
    if (!isReplyBox(event.target)) return;
    lastBox = event.target;
    attach(event.target);
    // Fetched now, so the picker and `/word` + Tab find the list ready.
    void store.load();
  }, { signal });
  // Capture: Draft.js clears the DOM selection in its own blur handler, which runs before a
  // document-level bubbling listener would.
  doc.addEventListener('focusout', (event) => {
    const entry = boxes.get(event.target as HTMLElement);
    if (entry) entry.lastRange = saveSelection(event.target as HTMLElement);
  }, { capture: true, signal });
  // Capture, so we run before the editor's own Tab handling; every other key returns at once.
  doc.addEventListener('keydown', (event) => {
    if (!isExpandKey(event)) return;
    const box = event.target as HTMLElement;
    const library = boxes.has(box) ? store.current() : null;
    const word = library ? shortcutBeforeCaret(box) : null;
    const template = library && word ? templateForShortcut(library, word, site.site, contentSettings.value?.activeBrandId ?? null) : null;
    if (!template || !word) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    expand(box, word, template);
  }, { capture: true, signal });
  signal.addEventListener('abort', () => session?.close(false), { once: true });

  // A box focused before we started (the script runs at document_idle) gets its button too.
  if (isReplyBox(doc.activeElement)) {
    lastBox = doc.activeElement;
    attach(lastBox);
    void store.load();
  }

  return {
    command() {
      if (signal.aborted) return;
      if (session) {
        session.close(true);
        return;
      }
      const active = doc.activeElement;
      const box = isReplyBox(active) ? active : lastBox?.isConnected ? lastBox : null;
      if (box) open(box);
    },
    openMatching(box, keep) {
      if (!signal.aborted && box.isConnected) open(box, undefined, undefined, keep);
    },
    templates: async () => (await store.load())?.templates ?? [],
  };
}
