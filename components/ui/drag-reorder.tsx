import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dropGap, gapTarget } from '@/lib/checklist/reorder';

// Reordering a list by dragging a row's handle, with pointer events so mouse, pen and touch
// take the same path. The rows stay in place while dragging (the dragged one follows the
// pointer, a line shows where it will land); the list's owner saves the move on drop, by the
// same message as its move-up / move-down buttons, which stay for keyboard users.

/** Below this, a press on the handle is a click and not a drag. */
const DRAG_THRESHOLD_PX = 4;
/** A drag this close to the window's top or bottom edge scrolls the page. */
const EDGE_PX = 28;
const EDGE_STEP_PX = 12;

export interface DragState {
  from: number;
  /** The gap the row would be dropped in: 0 before the first row, n after the last. */
  gap: number;
}

/** The drop line a row shows: none when dropping there would leave the list as it is. */
export function dropMarker(drag: DragState | null, index: number, count: number): 'before' | 'after' | undefined {
  if (!drag || gapTarget(drag.from, drag.gap) === drag.from) return undefined;
  if (drag.gap === index) return 'before';
  return drag.gap === count && index === count - 1 ? 'after' : undefined;
}

/**
 * `list` holds the rows as its element children, in list order. `onDrop(from, to)` is called
 * once per completed drag that changes the order; Escape or a cancelled pointer drops nothing.
 */
export function useDragReorder(list: RefObject<HTMLElement | null>, onDrop: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const latestOnDrop = useRef(onDrop);
  latestOnDrop.current = onDrop;
  const session = useRef<AbortController | null>(null);
  // Unmounted mid-drag (the popup closes, the view changes): drop the window listeners.
  useEffect(() => () => session.current?.abort(), []);

  const start = (from: number, down: PointerEvent) => {
    if (!down.isPrimary || (down.pointerType === 'mouse' && down.button !== 0)) return;
    const rows = list.current ? ([...list.current.children] as HTMLElement[]) : [];
    const row = rows[from];
    if (!row) return;
    // No text selection and no focus move while the pointer is down on the handle.
    down.preventDefault();
    session.current?.abort();
    const controller = new AbortController();
    session.current = controller;
    const { signal } = controller;
    try {
      (down.currentTarget as Element | null)?.setPointerCapture(down.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the window listeners below still follow it.
    }
    // Rows in page coordinates, read once: nothing reflows while dragging, only scrolling moves them.
    const startScroll = window.scrollY;
    const spans = rows.map((r) => {
      const rect = r.getBoundingClientRect();
      return { top: rect.top + startScroll, bottom: rect.bottom + startScroll };
    });
    const startY = down.clientY + startScroll;
    let gap: number | null = null;

    const end = (commit: boolean) => {
      controller.abort();
      if (session.current === controller) session.current = null;
      row.style.transform = '';
      document.body.classList.remove('cmsk-dragging');
      setDrag(null);
      if (!commit || gap === null) return;
      const to = gapTarget(from, gap);
      if (to !== from) latestOnDrop.current(from, to);
    };
    const follow = (e: PointerEvent) => {
      const y = e.clientY + window.scrollY;
      if (gap === null) {
        if (Math.abs(y - startY) < DRAG_THRESHOLD_PX) return;
        document.body.classList.add('cmsk-dragging');
      }
      if (e.clientY < EDGE_PX) window.scrollBy(0, -EDGE_STEP_PX);
      else if (e.clientY > window.innerHeight - EDGE_PX) window.scrollBy(0, EDGE_STEP_PX);
      row.style.transform = `translateY(${y - startY}px)`;
      const next = dropGap(y, spans);
      if (next !== gap) {
        gap = next;
        setDrag({ from, gap });
      }
    };
    const mine = (e: PointerEvent) => e.pointerId === down.pointerId;
    window.addEventListener('pointermove', (e) => mine(e) && follow(e), { signal });
    window.addEventListener('pointerup', (e) => mine(e) && end(true), { signal });
    window.addEventListener('pointercancel', (e) => mine(e) && end(false), { signal });
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      // This Escape ends the drag and nothing else (an edit form open in the list keeps its own).
      e.preventDefault();
      e.stopPropagation();
      end(false);
    }, { signal, capture: true });
  };

  return { drag, start };
}

/** The row's grip. Pointer-only: keyboard and screen-reader users have the move buttons. */
export function DragHandle({ label, onPointerDown }: { label: string; onPointerDown: (e: PointerEvent) => void }) {
  return (
    <span class="cmsk-drag-handle" aria-hidden="true" title={label} data-cmsk-drag-handle="" onPointerDown={onPointerDown}>
      <svg viewBox="0 0 10 16" width="10" height="16">
        <circle cx="2.5" cy="3" r="1.5" /><circle cx="7.5" cy="3" r="1.5" />
        <circle cx="2.5" cy="8" r="1.5" /><circle cx="7.5" cy="8" r="1.5" />
        <circle cx="2.5" cy="13" r="1.5" /><circle cx="7.5" cy="13" r="1.5" />
      </svg>
    </span>
  );
}
