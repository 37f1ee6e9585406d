// What the in-page features need from happy-dom to run as in a tab: it has no layout, so the
// IntersectionObserver is replaced, and frames are waited for explicitly.

/**
 * An observer that sees every post at once, as if the whole page were on screen. Like the
 * browser's, it reports everything observed meanwhile in one call.
 */
export class SeeEverything {
  private pending: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    if (this.pending.push(target) > 1) return;
    queueMicrotask(() => {
      const targets = this.pending;
      this.pending = [];
      this.callback(targets.map((t) => ({ target: t, isIntersecting: true }) as IntersectionObserverEntry), this as unknown as IntersectionObserver);
    });
  }
  unobserve() {}
  disconnect() {}
}

/** An observer that never reports: every post stays off-screen as far as the tracker knows. */
export class SeeNothing {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/** `n` animation frames, each followed by a task: the observer's batch and the messages it sends. */
export async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
