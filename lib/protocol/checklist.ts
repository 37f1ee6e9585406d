import type { ProtocolPart } from './types';

/** Messages of the checklist domain; spread into the protocol map in lib/messages.ts. */
export const checklistProtocol = {} as const satisfies ProtocolPart;
