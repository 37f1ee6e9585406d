import type { ContentLifetime } from './start-site';

/**
 * Stands in for WXT's ContentScriptContext in the content scripts (aliased in wxt.config.ts):
 * all CM Sidekick's scripts use of it is a lifetime, and WXT's posts a window message the host
 * page receives, builds a location watcher and timers, and costs every X and Facebook tab about
 * 1.7 ms as it opens. WXT's generated entry calls `new ContentScriptContext(name, options)`.
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
