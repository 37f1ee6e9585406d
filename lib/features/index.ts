import { peopleMarker } from './people-marker';
import { quickSave } from './quick-save';
import { templatePicker } from './template-picker';
import { toneHints } from './tone-hints';
import { watchTerms } from './watch-terms';
import type { Feature } from './types';

/** Every in-page feature, in mounting order. A feature's id is its file name. */
export const features: readonly Feature[] = [templatePicker, quickSave, watchTerms, peopleMarker, toneHints];
