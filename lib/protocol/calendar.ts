import type { ProtocolPart } from './types';

/** Messages of the calendar domain; spread into the protocol map in lib/messages.ts. */
export const calendarProtocol = {} as const satisfies ProtocolPart;
