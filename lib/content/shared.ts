// The page script and the UI module it loads on demand (lib/content-ui) are two bundles, so each
// carries its own copy of a module like the string catalogue or the settings. State both must
// see lives here instead: on the global object of the extension's isolated world, which the two
// bundles share and the host page cannot reach.

const SLOT = Symbol.for('cm-sidekick.content-state');

/** The one instance of `key` in this world, created by the first bundle that asks. */
export function shared<T>(key: string, create: () => T): T {
  const world = globalThis as unknown as { [SLOT]?: Record<string, unknown> };
  const box = (world[SLOT] ??= {});
  if (!(key in box)) box[key] = create();
  return box[key] as T;
}

/** A value with change listeners: what the page script needs of a signal, without the library. */
export interface Cell<T> {
  value: T;
  /** Calls `listener` after each change to another value, until `signal` aborts. */
  subscribe(listener: (value: T) => void, signal: AbortSignal): void;
}

export function cell<T>(initial: T): Cell<T> {
  let current = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get value() {
      return current;
    },
    set value(next: T) {
      if (Object.is(next, current)) return;
      current = next;
      for (const listener of [...listeners]) listener(next);
    },
    subscribe(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
