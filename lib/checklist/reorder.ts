// Moving one entry of an ordered list: the keyboard's one step and a drag's drop use the same
// rule, in the page (painted at once) and in the background (saved).

/** `list` with the entry at `from` moved to index `to` (clamped); null when nothing would move. */
export function moveTo<T>(list: readonly T[], from: number, to: number): T[] | null {
  if (!Number.isInteger(from) || from < 0 || from >= list.length) return null;
  const target = Math.min(Math.max(0, Math.trunc(to)), list.length - 1);
  if (target === from) return null;
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(target, 0, entry!);
  return next;
}

/** One step up or down: the move-up / move-down buttons. */
export function stepTarget(from: number, direction: 'up' | 'down'): number {
  return direction === 'up' ? from - 1 : from + 1;
}

/**
 * Where a dragged row would land: the gap (0 = before the first row, n = after the last)
 * nearest the pointer. `rows` are the rows' [top, bottom] on screen, in list order.
 */
export function dropGap(pointerY: number, rows: ReadonlyArray<{ top: number; bottom: number }>): number {
  let gap = 0;
  for (const row of rows) if (pointerY > (row.top + row.bottom) / 2) gap++;
  return gap;
}

/** The index the dragged row takes when dropped in `gap`: the gaps on its two sides leave it where it is. */
export function gapTarget(from: number, gap: number): number {
  return gap > from ? gap - 1 : gap;
}
