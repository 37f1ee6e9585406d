import { z } from 'zod';
import { HintSchema, ToneInputSchema } from '../tone/schema';
import type { ProtocolPart } from './types';

/**
 * The tone engine runs in the background: its phrase lists would otherwise make up most of
 * every content script, and one message per frame of typing costs well under a millisecond.
 */
export const toneProtocol = {
  'tone/analyze': {
    from: ['content', 'page'],
    // Bounded at the boundary: a page could hand us any amount of text.
    request: ToneInputSchema.extend({ post: z.string().max(50_000), reply: z.string().max(50_000) }).strict(),
    response: z.array(HintSchema),
  },
} as const satisfies ProtocolPart;
