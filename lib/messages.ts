import { z } from 'zod';
import { BackupSchema, ImportSummarySchema } from './backup/format';
import { IdSchema, TemplateSchema } from './schema';
import { SettingsSchema } from './schema/settings';
import { HintIdSchema } from './tone/schema';
import { TemplateImportSchema } from './backup/format';

import type { Origin, ProtocolPart } from './protocol/types';
import { calendarProtocol } from './protocol/calendar';
import { checklistProtocol } from './protocol/checklist';
import { clipsProtocol } from './protocol/clips';
import { peopleProtocol, ReplyAuthorSchema } from './protocol/people';
import { toneProtocol } from './protocol/tone';

export type { Origin };

const None = z.object({}).strict();

/**
 * The one protocol map. Every message name, who may send it, and a zod schema for its request
 * and its response; the client, the router and the handlers all infer their types from here.
 */
export const protocol = {
  'settings/get': { from: ['page', 'content'], request: None, response: SettingsSchema },
  'settings/save': { from: ['page'], request: SettingsSchema, response: SettingsSchema },
  // From the tone hints in the page: content scripts may not save settings whole, only add one muted hint (idempotent).
  'settings/mute-hint': { from: ['page', 'content'], request: z.object({ id: HintIdSchema }).strict(), response: SettingsSchema },
  'brands/activate': { from: ['page', 'content'], request: z.object({ brandId: IdSchema }).strict(), response: SettingsSchema },

  // A content script's first question: the settings, the language they resolve to, and its
  // strings unless it has them already. One round trip where settings then strings took two.
  'content/start': {
    from: ['content'],
    request: z.object({ have: z.array(z.enum(['en', 'fr'])).max(2) }).strict(),
    response: z.object({ settings: SettingsSchema, locale: z.enum(['en', 'fr']), catalog: z.record(z.string(), z.string()).nullable() }),
  },

  'templates/list': { from: ['page', 'content'], request: None, response: z.array(TemplateSchema) },
  'templates/save': { from: ['page'], request: TemplateImportSchema, response: TemplateSchema },
  'templates/delete': { from: ['page'], request: z.object({ id: IdSchema }).strict(), response: z.object({ deleted: TemplateSchema.nullable() }) },
  // Sent by the picker after an insertion; `useId` is made once per insertion so a re-delivered message counts once.
  'templates/used': { from: ['content'], request: z.object({ id: IdSchema, useId: IdSchema, author: ReplyAuthorSchema.optional() }).strict(), response: z.object({ counted: z.boolean() }) },

  // The file is parsed in the page and validated here, at the boundary, before anything is written.
  'backup/export': { from: ['page'], request: None, response: BackupSchema },
  'backup/import': { from: ['page'], request: z.object({ backup: z.unknown() }).strict(), response: ImportSummarySchema },

  // Each domain keeps its messages in lib/protocol/<domain>.ts.
  ...clipsProtocol,
  ...calendarProtocol,
  ...checklistProtocol,
  ...toneProtocol,
  ...peopleProtocol,
} as const satisfies ProtocolPart;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(protocol, type);
}

/** Every message travels in this envelope, so stray messages from other code are told apart. */
export const EnvelopeSchema = z.object({ cmsk: z.literal(1), type: z.string().max(100), data: z.unknown() }).strict();

export const ErrorCodeSchema = z.enum(['bad-request', 'unknown-message', 'forbidden', 'invalid-backup', 'quota', 'not-found', 'internal', 'unreachable']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorDetailSchema = z.object({ path: z.string(), message: z.string() });
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

export interface AppError {
  code: ErrorCode;
  /** Already in the user's language: shown as is. */
  message: string;
  /** For invalid input: which record and why, first few only. */
  details?: ErrorDetail[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ResultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string(), details: z.array(ErrorDetailSchema).optional() }) }),
]);
