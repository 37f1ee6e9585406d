/**
 * Each message to the background costs the tab about half a millisecond of script. While X
 * recycles cells every frame, one message per frame would be most of what a feature costs, so
 * page-side batches go out at most this often (the first one at once).
 */
export const MIN_MESSAGE_INTERVAL_MS = 150;

/**
 * Returns `schedule()`: asks for `flush` on an animation frame, no sooner than `minIntervalMs`
 * after the previous flush. Calls while one is pending join it; nothing runs after `signal` aborts.
 */
export function frameThrottle(flush: () => void, signal: AbortSignal, minIntervalMs = MIN_MESSAGE_INTERVAL_MS): () => void {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const run = () => {
    frame = null;
    last = performance.now();
    flush();
  };
  signal.addEventListener('abort', () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  }, { once: true });
  return () => {
    if (frame !== null || timer !== null || signal.aborted) return;
    const wait = last + minIntervalMs - performance.now();
    if (wait <= 0) frame = requestAnimationFrame(run);
    else timer = setTimeout(() => {
      timer = null;
      frame = requestAnimationFrame(run);
    }, wait);
  };
}
