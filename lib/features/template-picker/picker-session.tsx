// One opening of the picker for one reply box: mount it in a shadow root above the page, anchored
// to the box; on a pick, close it and then insert into the host's editor; on Escape, give the box
// its focus and caret back. Nothing stays behind once it has closed.

import { TemplatePicker } from '../../../components/picker/template-picker';
import pickerCss from '../../../components/picker/template-picker.css?inline';
import type { PickerContext } from '../../../components/picker/picker-types';
import { t } from '../../content/i18n';
import { createShadowUi } from '../../content/shadow-ui';
import type { Template } from '../../schema';
import type { Theme } from '../../sites/types';
import type { RenderResult } from '../../templates/render';
import { placePicker } from './placement';
import type { TemplateLibrary } from './template-store';

export interface PickerSessionOptions {
  box: HTMLElement;
  /** The editor's selection, saved before our picker took the focus. */
  savedRange: Range | null;
  context: PickerContext;
  theme: Theme;
  /** The library if already known; otherwise the picker says it is loading until `library` resolves. */
  library: TemplateLibrary | null;
  pending: Promise<TemplateLibrary | null>;
  initial?: Template;
  /** Our own button for this box: pressing it toggles the picker, it is not a click "elsewhere". */
  trigger?: Element | null;
  signal: AbortSignal;
  /** Called after the picker has closed, with text ready to insert. */
  onPick: (template: Template, rendered: RenderResult, savedRange: Range | null) => void;
  onClosed: () => void;
}

export interface PickerSession {
  box: HTMLElement;
  /** Closes without inserting; `refocus` gives the box its focus and caret back (Escape, the shortcut again). */
  close(refocus: boolean): void;
}

function restoreCaret(box: HTMLElement, range: Range | null): void {
  box.focus({ preventScroll: true });
  if (!range || !box.contains(range.startContainer) || !box.contains(range.endContainer)) return;
  const selection = box.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function openPickerSession(opts: PickerSessionOptions): PickerSession {
  const { box, savedRange, signal } = opts;
  const life = new AbortController();
  const lifeSignal = AbortSignal.any([signal, life.signal]);
  const doc = box.ownerDocument;
  const ui = createShadowUi({
    name: 'template-picker',
    css: pickerCss,
    theme: opts.theme,
    signal: lifeSignal,
    mount: (host) => {
      // Above the page (X's dialogs included), fixed to the viewport, placed from the box's rectangle.
      host.style.cssText = 'position: fixed; z-index: 2147483646; display: block;';
      doc.body.append(host);
      placePicker(host, box);
    },
  });

  let closed = false;
  const close = (refocus: boolean) => {
    if (closed) return;
    closed = true;
    life.abort();
    if (refocus) restoreCaret(box, savedRange);
    opts.onClosed();
  };

  const show = (library: TemplateLibrary | null, loading: boolean) => {
    if (closed) return;
    ui.render(
      <TemplatePicker
        templates={library?.templates ?? []}
        index={library?.index}
        loading={loading}
        initial={opts.initial}
        context={opts.context}
        t={t}
        theme={opts.theme}
        onClose={() => close(true)}
        onPick={(template, rendered) => {
          close(false);
          // After the picker has gone (SITES.md): the Enter that confirmed the pick is over and
          // the host's editor gets the focus back before the paste arrives.
          doc.defaultView?.setTimeout(() => opts.onPick(template, rendered, savedRange), 0);
        }}
      />,
    );
  };
  show(opts.library, opts.library === null);
  void opts.pending.then((library) => {
    // A fresher list replaces the cached one in place; the query typed so far is kept.
    if (library !== opts.library || opts.library === null) show(library, false);
  });

  // While open, follow the box when the page scrolls or resizes: one read per frame at most.
  let frame: number | null = null;
  const follow = () => {
    frame ??= requestAnimationFrame(() => {
      frame = null;
      if (!box.isConnected) close(false);
      else placePicker(ui.host, box);
    });
  };
  addEventListener('scroll', follow, { capture: true, passive: true, signal: lifeSignal });
  addEventListener('resize', follow, { passive: true, signal: lifeSignal });
  lifeSignal.addEventListener('abort', () => frame !== null && cancelAnimationFrame(frame), { once: true });
  // A click anywhere else means the CM moved on: close, and leave the focus where they clicked.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      const path = event.composedPath();
      if (!path.includes(ui.host) && !(opts.trigger && path.includes(opts.trigger))) close(false);
    },
    { capture: true, signal: lifeSignal },
  );
  signal.addEventListener('abort', () => close(false), { once: true, signal: life.signal });

  return { box, close };
}
