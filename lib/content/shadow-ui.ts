import { render, type ComponentChild } from 'preact';
import { createShadowHost, type ShadowHost, type ShadowHostOptions } from './shadow-host';

export interface ShadowUi extends ShadowHost {
  /** Re-renders the Preact tree inside the shadow root. */
  render(tree: ComponentChild): void;
}

export type ShadowUiOptions = Omit<ShadowHostOptions, 'beforeRemove'>;

/** A shadow host with a Preact tree in it, unmounted when the host leaves the page. */
export function createShadowUi(opts: ShadowUiOptions): ShadowUi {
  const host: ShadowHost = createShadowHost({ ...opts, beforeRemove: () => render(null, host.root) });
  return { ...host, render: (tree) => render(tree, host.root) };
}
