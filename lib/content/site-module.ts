import { browser } from 'wxt/browser';
import type { ContentLifetime } from './start-site';

/** What a site's module (lib/content/sites/) exports. */
export interface SiteModule {
  start(lifetime: ContentLifetime): void;
}

/**
 * The content script proper: it only imports the site's features, built as an ES module
 * (wxt.config.ts). A classic content script is parsed again on the page's main thread at every
 * load of every X or Facebook tab; a module from the extension is compiled off that thread and
 * its code kept between loads, so a CM's tab pays far less for CM Sidekick as it opens.
 */
export function startSiteModule(lifetime: ContentLifetime, file: `/content-scripts/${string}.js`): void {
  (import(/* @vite-ignore */ browser.runtime.getURL(file as '/')) as Promise<SiteModule>).then(
    (module) => {
      if (!lifetime.signal.aborted) module.start(lifetime);
    },
    // The extension was updated or removed under this tab: the page goes on as it was.
    (error: unknown) => console.warn('[CM Sidekick] could not start on this page', error),
  );
}
