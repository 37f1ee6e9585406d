import type { ContentLifetime } from './start-site';

/**
 * Stands in for WXT's ContentScriptContext in the content scripts (aliased in wxt.config.ts).
 * CM Sidekick's scripts use it only as a lifetime; WXT's also posts a window message that the
 * host page receives, and carries timer and location-watching helpers into every X and Facebook
 * tab. WXT's generated entry calls `new ContentScriptContext(name, options)`: the entrypoints
 * may use `signal` and `onInvalidated` only.
 */
export class ContentScriptContext implements ContentLifetime {
  readonly #controller = new AbortController();

  constructor(name: string) {
    // A newer copy of this script in the tab (the extension was reloaded and injected again)
    // takes the page over: this one stops, so the page never holds two sets of buttons.
    const started = `cmsk:${name}:started`;
    document.dispatchEvent(new CustomEvent(started));
    document.addEventListener(started, () => this.#controller.abort(), { once: true, signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}
