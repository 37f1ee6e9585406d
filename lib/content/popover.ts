/**
 * Where a floating panel of ours goes: under its anchor, or above it when the viewport has no
 * room below, kept inside the viewport. One layout read, made on the CM's own gesture.
 */
export function popoverPosition(anchor: Element, width: number, height: number): { top: number; left: number } {
  const rect = anchor.getBoundingClientRect();
  const top = rect.bottom + height + 8 > innerHeight ? Math.max(8, rect.top - height - 6) : rect.bottom + 6;
  const left = Math.min(Math.max(8, rect.right - width), Math.max(8, innerWidth - width - 8));
  return { top, left };
}

/** Closes a panel on a press anywhere outside it; composedPath sees through our shadow root. */
export function closeOnOutsidePress(host: Element, close: () => void, signal: AbortSignal): void {
  document.addEventListener('pointerdown', (event) => {
    if (!event.composedPath().includes(host)) close();
  }, { capture: true, signal });
}
