import type { Theme } from '../sites/types';

export interface ShadowHost {
  /** The element placed in the host page; everything of ours lives in its shadow root. */
  host: HTMLElement;
  root: ShadowRoot;
  setTheme(theme: Theme): void;
  remove(): void;
}

export interface ShadowHostOptions {
  /** `data-cmsk-ui` value: names our element in the host DOM, for tests and teardown. */
  name: string;
  /** CSS for the shadow root only (import it with `?inline`); host CSS cannot reach in. */
  css: string;
  theme: Theme;
  signal: AbortSignal;
  /** Where the host element goes; the caller picks a spot that covers none of the host's controls. */
  mount: (host: HTMLElement) => void;
  /** Runs before the host leaves the page (a UI library unmounting its tree). */
  beforeRemove?: () => void;
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
 * A shadow root of ours in the host page, out of reach of the host's CSS. Removed when `signal`
 * aborts, so the page is left as we found it. Plain DOM: the buttons on every post are drawn
 * without a UI library, which loads only with the panels and forms that need it.
 */
export function createShadowHost(opts: ShadowHostOptions): ShadowHost {
  const host = document.createElement('cmsk-ui');
  host.dataset.cmskUi = opts.name;
  host.dataset.theme = opts.theme;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheetFor(opts.css)];
  opts.mount(host);

  const ui: ShadowHost = {
    host,
    root,
    setTheme: (theme) => {
      if (host.dataset.theme !== theme) host.dataset.theme = theme;
    },
    remove: () => {
      opts.beforeRemove?.();
      host.remove();
    },
  };
  opts.signal.addEventListener('abort', ui.remove, { once: true });
  return ui;
}

/** Host pages listen for these on the document (X opens a post on click, reads letters as shortcuts): what happens in our root stays there. */
const CONTAINED = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress'] as const;
const contain = (event: Event) => event.stopPropagation();

export function containEvents(root: ShadowRoot): void {
  for (const type of CONTAINED) root.addEventListener(type, contain);
}

const icons = new Map<string, SVGSVGElement>();

/**
 * An SVG icon from path data; built with DOM calls, never from markup. Each icon is built once
 * and cloned: a clone's paths never get a script object of their own, and a timeline shows the
 * same few icons on every post.
 */
export function svgIcon(className: string | null, paths: readonly string[]): SVGSVGElement {
  const key = `${className ?? ''}|${paths.join('|')}`;
  let icon = icons.get(key);
  if (!icon) {
    const NS = 'http://www.w3.org/2000/svg';
    icon = document.createElementNS(NS, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    if (className) icon.setAttribute('class', className);
    for (const d of paths) {
      const path = document.createElementNS(NS, 'path');
      path.setAttribute('d', d);
      icon.append(path);
    }
    icons.set(key, icon);
  }
  return icon.cloneNode(true) as SVGSVGElement;
}
