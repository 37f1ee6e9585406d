import type { ProtocolPart } from './types';

/** Messages of the clips domain; spread into the protocol map in lib/messages.ts. */
export const clipsProtocol = {} as const satisfies ProtocolPart;
