/** Two ways back to a tab often come together (a click on another window fires focus, then visibility): one call for both. */
const SAME_RETURN_MS = 500;

/**
 * Calls `back` when the CM comes back to this page: its tab shown again, or its window focused
 * again (two windows side by side are both visible, so only focus tells). What the CM did in the
 * other tab or window meanwhile (a post saved, a person noted) then shows here.
 */
export function onReturn(signal: AbortSignal, back: () => void): void {
  let last = -Infinity;
  const run = () => {
    if (document.visibilityState !== 'visible') return;
    const now = performance.now();
    if (now - last < SAME_RETURN_MS) return;
    last = now;
    back();
  };
  document.addEventListener('visibilitychange', run, { signal });
  window.addEventListener('focus', run, { signal });
}
