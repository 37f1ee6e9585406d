import { startWatchHighlight } from './quick-save/watch-highlight';
import type { Feature } from './types';

/**
 * Highlights posts that contain one of the CM's watch terms (Settings → watch list: brands,
 * competitors, hashtags) with a small badge naming the term. Off while there are no terms.
 */
export const watchTerms: Feature = {
  id: 'watch-terms',
  init({ site, signal }) {
    startWatchHighlight(site, signal);
  },
};
