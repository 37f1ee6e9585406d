import { render, type ComponentChild } from 'preact';
import type { Theme } from '../sites/types';

export interface ShadowUi {
  /** The element placed in the host page; everything of ours lives in its shadow root. */
  host: HTMLElement;
  root: ShadowRoot;
  /** Re-renders the Preact tree inside the shadow root. */
  render(tree: ComponentChild): void;
  setTheme(theme: Theme): void;
  remove(): void;
}

export interface ShadowUiOptions {
  /** `data-cmsk-ui` value: names our element in the host DOM, for tests and teardown. */
  name: string;
  /** CSS for the shadow root only (import it with `?inline`); host CSS cannot reach in. */
  css: string;
  theme: Theme;
  signal: AbortSignal;
  /** Where the host element goes; the caller picks a spot that covers none of the host's controls. */
  mount: (host: HTMLElement) => void;
}

const sheets = new Map<string, CSSStyleSheet>();

/** One constructed stylesheet per CSS text, shared by every shadow root (hundreds of save buttons). */
function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Mounts a Preact tree in a closed-to-host-CSS shadow root. Removed, and its tree unmounted,
 * when `signal` aborts, so the page is left as we found it.
 */
export function createShadowUi(opts: ShadowUiOptions): ShadowUi {
  const host = document.createElement('cmsk-ui');
  host.dataset.cmskUi = opts.name;
  host.dataset.theme = opts.theme;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheetFor(opts.css)];
  opts.mount(host);

  const ui: ShadowUi = {
    host,
    root,
    render: (tree) => render(tree, root),
    setTheme: (theme) => {
      if (host.dataset.theme !== theme) host.dataset.theme = theme;
    },
    remove: () => {
      render(null, root);
      host.remove();
    },
  };
  opts.signal.addEventListener('abort', ui.remove, { once: true });
  return ui;
}
