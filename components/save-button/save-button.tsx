// The quick-save button placed in every post's action bar. Presentational: the quick-save
// feature owns the state and the messages; this only draws and reports clicks.

import { useRef } from 'preact/hooks';
import type { Site } from '../../lib/schema/common';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveButtonProps {
  site: Site;
  state: SaveState;
  /** Accessible name: "Save post" / "Enregistrer", whatever the state (aria-pressed says saved). */
  label: string;
  /** Tooltip: what the state means, or why saving failed. */
  title: string;
  detailsLabel: string;
  onSave(): void;
  /** Opens the tags / competitor / note form; `anchor` is where to show it. */
  onDetails(anchor: HTMLElement): void;
}

const LONG_PRESS_MS = 500;

export function SaveButton({ site, state, label, title, detailsLabel, onSave, onDetails }: SaveButtonProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const longPressed = useRef(false);
  const cancel = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  const saved = state === 'saved';
  return (
    <div class="cmsk-save" data-site={site} data-state={state}>
      <button
        type="button"
        class="cmsk-save__button"
        aria-label={label}
        aria-pressed={saved ? 'true' : 'false'}
        aria-busy={state === 'saving' ? 'true' : undefined}
        title={title}
        onPointerDown={(event) => {
          longPressed.current = false;
          const anchor = event.currentTarget;
          cancel();
          // A long press (touch screens, or a CM who prefers it) opens the form, as Alt+click does.
          timer.current = setTimeout(() => {
            longPressed.current = true;
            onDetails(anchor);
          }, LONG_PRESS_MS);
        }}
        onPointerUp={cancel}
        onPointerLeave={cancel}
        onClick={(event) => {
          cancel();
          if (longPressed.current) {
            longPressed.current = false;
            return;
          }
          if (event.altKey) onDetails(event.currentTarget);
          else onSave();
        }}
      >
        <svg class="cmsk-save__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6.5 3.5h11a1 1 0 0 1 1 1v16l-6.5-4.2-6.5 4.2v-16a1 1 0 0 1 1-1z" />
        </svg>
      </button>
      <button type="button" class="cmsk-save__more" aria-label={detailsLabel} title={detailsLabel} aria-haspopup="dialog" onClick={(event) => onDetails(event.currentTarget)}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 10l5 5 5-5" /></svg>
      </button>
    </div>
  );
}
