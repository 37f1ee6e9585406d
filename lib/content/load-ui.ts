import { browser } from 'wxt/browser';
import type * as ContentUi from '../content-ui';

export type ContentUiModule = typeof ContentUi;

/** Where the build puts the UI module (wxt.config.ts); listed in web_accessible_resources for the supported sites only. */
export const CONTENT_UI_PATH = '/content-scripts/ui.js';

let loading: Promise<ContentUiModule> | null = null;

/**
 * The panels and forms (template picker, tone hints, save-with-details form, people card) are a
 * separate module, fetched from the extension the first time the CM needs one: every X and
 * Facebook tab then pays only for the buttons on its posts. The module runs in this same
 * isolated world, so it shares the settings and strings the page script loaded (see shared.ts).
 * Tests and the unit build import it directly.
 */
export function loadUi(): Promise<ContentUiModule> {
  loading ??= (
    import.meta.env.CMSK_UI_CHUNK
      ? (import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_UI_PATH as '/')) as Promise<ContentUiModule>)
      : import('../content-ui')
  ).catch((error: unknown) => {
    // An extension update replaced the file under a running tab: let the next gesture try again.
    loading = null;
    throw error;
  });
  return loading;
}
