import type { ProtocolPart } from './types';

/** Messages of the tone domain; spread into the protocol map in lib/messages.ts. */
export const toneProtocol = {} as const satisfies ProtocolPart;
