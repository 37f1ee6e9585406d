import type { SiteAdapter } from '../sites/types';

export interface FeatureContext {
  site: SiteAdapter;
  /** Aborted when the content script is invalidated or the page becomes one we leave alone. */
  signal: AbortSignal;
}

/** One in-page capability. `init` only wires: it finds elements, mounts UI, sends messages. */
export interface Feature {
  /** Equals the file name in lib/features/. */
  id: string;
  sites?: ReadonlyArray<SiteAdapter['site']>;
  init(ctx: FeatureContext): void;
}
