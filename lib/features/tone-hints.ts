import { startToneHints } from './tone-hints/controller';
import type { Feature } from './types';

/**
 * Tone hints beside the focused reply box on X and Facebook: how the answered post reads (upset,
 * hostile, a question…) as soon as the box has focus, then the draft's hints as the CM types,
 * each with the words that triggered it. The analysis runs in the background, inside the
 * browser; nothing leaves it. Part of the in-page UI module, started by reply-tools.ts.
 */
export const toneHints: Feature = {
  id: 'tone-hints',
  init({ site, signal }) {
    startToneHints(site, signal);
  },
};
