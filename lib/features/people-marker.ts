import { startPeopleMarker } from './people-marker/controller';
import type { Feature } from './types';

/**
 * People the CM noted or answered get a small marker on their posts that opens a card (segment,
 * tags, note, last interactions); any other post offers a "Note" action on hover or focus.
 */
export const peopleMarker: Feature = {
  id: 'people-marker',
  init({ site, signal }) {
    startPeopleMarker(site, signal);
  },
};
