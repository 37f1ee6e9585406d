// The quick-save button placed in every post's action bar. Presentational: the quick-save
// feature owns the state and the messages; this only draws and reports clicks. Plain DOM, since
// one exists per post on screen: no UI library is loaded for it.

import { svgIcon } from '../../lib/content/shadow-host';
import type { Site } from '../../lib/schema/common';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveButtonView {
  state: SaveState;
  /** Accessible name: "Save post" / "Enregistrer", whatever the state (aria-pressed says saved). */
  label: string;
  /** Tooltip: what the state means, or why saving failed. */
  title: string;
  detailsLabel: string;
}

export interface SaveButtonEvents {
  onSave(): void;
  /** Opens the tags / competitor / note form; `anchor` is where to show it. */
  onDetails(anchor: HTMLElement): void;
}

const LONG_PRESS_MS = 500;
const BOOKMARK = 'M6.5 3.5h11a1 1 0 0 1 1 1v16l-6.5-4.2-6.5 4.2v-16a1 1 0 0 1 1-1z';
const CHEVRON = 'M7 10l5 5 5-5';

/** Builds the button in `root` once; the returned function redraws it for a new state. */
export function mountSaveButton(root: ShadowRoot, site: Site, events: SaveButtonEvents): (view: SaveButtonView) => void {
  const wrap = document.createElement('div');
  wrap.className = 'cmsk-save';
  wrap.dataset.site = site;

  const save = document.createElement('button');
  save.type = 'button';
  save.className = 'cmsk-save__button';
  save.append(svgIcon('cmsk-save__icon', [BOOKMARK]));

  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'cmsk-save__more';
  more.setAttribute('aria-haspopup', 'dialog');
  more.append(svgIcon(null, [CHEVRON]));

  let timer: ReturnType<typeof setTimeout> | null = null;
  let longPressed = false;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  save.addEventListener('pointerdown', () => {
    longPressed = false;
    cancel();
    // A long press (touch screens, or a CM who prefers it) opens the form, as Alt+click does.
    timer = setTimeout(() => {
      longPressed = true;
      events.onDetails(save);
    }, LONG_PRESS_MS);
  });
  save.addEventListener('pointerup', cancel);
  save.addEventListener('pointerleave', cancel);
  save.addEventListener('click', (event) => {
    cancel();
    if (longPressed) {
      longPressed = false;
      return;
    }
    if (event.altKey) events.onDetails(save);
    else events.onSave();
  });
  more.addEventListener('click', () => events.onDetails(more));

  wrap.append(save, more);
  root.append(wrap);

  return (view) => {
    wrap.dataset.state = view.state;
    save.setAttribute('aria-label', view.label);
    save.setAttribute('aria-pressed', view.state === 'saved' ? 'true' : 'false');
    if (view.state === 'saving') save.setAttribute('aria-busy', 'true');
    else save.removeAttribute('aria-busy');
    save.title = view.title;
    more.setAttribute('aria-label', view.detailsLabel);
    more.title = view.detailsLabel;
  };
}
