// What the content scripts and the in-page UI module get for `wxt/browser` (wxt.config.ts):
// the browser's own promise-based API instead of webextension-polyfill. Chrome's MV3 APIs and
// Firefox's `browser` already return promises for everything these contexts call (runtime
// sendMessage, getURL, id, onMessage); the one gap is a Chrome onMessage listener answering with
// a promise, bridged here. That keeps about 3 kB (gzip) of polyfill out of every X and Facebook tab.
// The popup and the options page get it too (their first paint is one file lighter); the
// background keeps the polyfill.

type Respond = (response: unknown) => void;
type Listener = (message: unknown, sender: unknown) => unknown;
type NativeListener = (message: unknown, sender: unknown, respond: Respond) => boolean;

interface NativeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
}

interface NativeApi {
  runtime: { id?: string; onMessage: NativeEvent<NativeListener> } & Record<string, unknown>;
}

const world = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };

function withPromiseListeners(native: NativeApi): NativeApi {
  const bridged = new WeakMap<Listener, NativeListener>();
  const onMessage: NativeEvent<Listener> = {
    addListener(listener) {
      const bridge: NativeListener = (message, sender, respond) => {
        const answer = listener(message, sender);
        if (!answer || typeof (answer as Promise<unknown>).then !== 'function') return false;
        // true keeps the channel open until the promise settles, as the polyfill does.
        (answer as Promise<unknown>).then(respond, (error: unknown) => respond({ error: error instanceof Error ? error.message : String(error) }));
        return true;
      };
      bridged.set(listener, bridge);
      native.runtime.onMessage.addListener(bridge);
    },
    removeListener(listener) {
      const bridge = bridged.get(listener);
      if (bridge) native.runtime.onMessage.removeListener(bridge);
      bridged.delete(listener);
    },
    hasListener: (listener) => bridged.has(listener),
  };
  const runtime = new Proxy(native.runtime, { get: (target, key) => (key === 'onMessage' ? onMessage : Reflect.get(target, key)) });
  return new Proxy(native, { get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)) });
}

/** Firefox's `browser` answers promises natively; Chrome's `chrome` gets the one bridge it needs. */
export const browser: NativeApi = world.browser?.runtime?.id ? world.browser : withPromiseListeners(world.chrome as NativeApi);
export default browser;
