import { startToneHints } from './tone-hints/controller';
import type { Feature } from './types';

/**
 * Tone hints beside the focused reply box on X and Facebook: how the answered post reads (upset,
 * hostile, a question…) as soon as the box has focus, then the draft's hints as the CM types,
 * each with the words that triggered it. Everything is computed in the page; nothing is sent.
 */
export const toneHints: Feature = {
  id: 'tone-hints',
  init({ site, signal }) {
    startToneHints(site, signal);
  },
};
