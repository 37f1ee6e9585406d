import type { ProtocolPart } from './types';

/** Messages of the people domain; spread into the protocol map in lib/messages.ts. */
export const peopleProtocol = {} as const satisfies ProtocolPart;
