import { render, type ComponentChild } from 'preact';
import { createShadowHost, type ShadowHost, type ShadowHostOptions } from './shadow-host';

export interface ShadowUi extends ShadowHost {
  /** Re-renders the Preact tree inside the shadow root. */
  render(tree: ComponentChild): void;
}

export type ShadowUiOptions = Omit<ShadowHostOptions, 'beforeRemove'>;

/** A shadow host with a Preact tree in it, unmounted when the host leaves the page. */
export function createShadowUi(opts: ShadowUiOptions): ShadowUi {
  let root: ShadowRoot | null = null;
  const host = createShadowHost({ ...opts, beforeRemove: () => { if (root) render(null, root); } });
  root = host.root;
  return { ...host, render: (tree) => render(tree, host.root) };
}
