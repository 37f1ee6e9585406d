import type { z } from 'zod';

/**
 * Who may send a message: `page` = the extension's own pages (popup, options);
 * `content` = our content scripts on a supported site. Both checked by the router.
 */
export type Origin = 'page' | 'content';

export interface MessageSpec {
  from: readonly Origin[];
  request: z.ZodType;
  response: z.ZodType;
}

export type ProtocolPart = Record<string, MessageSpec>;
