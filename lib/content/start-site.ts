import type { Feature } from '../features/types';
import type { SiteAdapter } from '../sites/types';
import { startContentSettings } from './i18n';

export interface ContentLifetime {
  signal: AbortSignal;
  onInvalidated(cb: () => void): unknown;
}

/** Set on <html> while CM Sidekick is active on the page: a readiness signal for tests and styles. */
export const SITE_MARKER = 'cmskSite';

/**
 * Runs the features on a supported page and tears them down when the script is invalidated or
 * the single-page app navigates somewhere we leave alone (Messenger). Navigation is noticed
 * through the Navigation API where the browser has it, and popstate otherwise; no polling.
 */
export function startSite(lifetime: ContentLifetime, site: SiteAdapter, features: readonly Feature[]): void {
  let active: AbortController | null = null;
  const root = document.documentElement;

  const stop = () => {
    active?.abort();
    active = null;
    delete root.dataset[SITE_MARKER];
  };
  const sync = () => {
    const supported = site.isSupportedPage(new URL(location.href));
    if (supported && !active) {
      active = new AbortController();
      const signal = AbortSignal.any([active.signal, lifetime.signal]);
      root.dataset[SITE_MARKER] = site.site;
      for (const feature of features) {
        if (feature.sites && !feature.sites.includes(site.site)) continue;
        try {
          feature.init({ site, signal });
        } catch (error) {
          // One broken feature must not take the others, or the host page, down with it.
          console.error(`[CM Sidekick] ${feature.id} failed to start`, error);
        }
      }
    } else if (!supported && active) stop();
  };

  lifetime.onInvalidated(stop);
  // Features start once settings and the CM's strings are in, so nothing shows a bare key.
  void startContentSettings(lifetime.signal).finally(() => {
    if (!lifetime.signal.aborted) sync();
  });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  // Navigation's `navigatesuccess` fires after the URL changed; popstate covers the rest.
  nav?.addEventListener('navigatesuccess', sync, { signal: lifetime.signal });
  addEventListener('popstate', sync, { signal: lifetime.signal });
}
