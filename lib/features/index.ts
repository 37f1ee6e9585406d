import { peopleMarker } from './people-marker';
import { quickSave } from './quick-save';
import { replyTools } from './reply-tools';
import { watchTerms } from './watch-terms';
import type { Feature } from './types';

/**
 * Every in-page feature the page script starts, in mounting order. A feature's id is its file
 * name. The template picker and tone hints are started by reply-tools, from the UI module.
 */
export const features: readonly Feature[] = [replyTools, quickSave, watchTerms, peopleMarker];
