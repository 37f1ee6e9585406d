import { z } from 'zod';
import {
  AuthorSchema,
  CalendarEventSchema,
  ChecklistDaySchema,
  ChecklistItemSchema,
  ClipSchema,
  IdSchema,
  IsoDateTimeSchema,
  TemplateSchema,
} from '../schema';
import { BrandSchema, SettingsBaseSchema, SettingsSchema } from '../schema/settings';

export const BACKUP_FORMAT = 'cm-sidekick';
export const BACKUP_VERSION = 1;

// What a backup may hold. Imports accept hand-written files: ids and timestamps are optional
// (an id is made up when missing), and every collection is optional.
const Optional = { id: IdSchema.optional(), createdAt: IsoDateTimeSchema.optional(), updatedAt: IsoDateTimeSchema.optional() };

export const TemplateImportSchema = TemplateSchema.extend(Optional);
export const ClipImportSchema = ClipSchema.extend({
  id: IdSchema.optional(),
  permalink: ClipSchema.shape.permalink.default(null),
  authorHandle: ClipSchema.shape.authorHandle.default(null),
  time: ClipSchema.shape.time.default(null),
  counts: ClipSchema.shape.counts.default({ replies: null, reposts: null, likes: null, views: null }),
  savedAt: IsoDateTimeSchema.optional(),
  updatedAt: IsoDateTimeSchema.optional(),
});
export const CalendarImportSchema = CalendarEventSchema.extend(Optional);
export const ChecklistImportSchema = ChecklistItemSchema.extend(Optional);
export const AuthorImportSchema = AuthorSchema.extend({ id: IdSchema.optional(), updatedAt: IsoDateTimeSchema.optional() });
/** Settings in a backup are merged over the current ones, so any part may be given. */
export const SettingsImportSchema = z.object({
  uiLang: z.enum(['auto', 'fr', 'en']).optional(),
  theme: z.enum(['auto', 'light', 'dark']).optional(),
  dayStartHour: z.number().int().min(0).max(23).optional(),
  brands: z.array(BrandSchema).min(1).max(50).optional(),
  activeBrandId: IdSchema.optional(),
  myName: SettingsBaseSchema.shape.myName.unwrap().optional(),
  watchList: SettingsBaseSchema.shape.watchList.unwrap().optional(),
  watchTerms: SettingsBaseSchema.shape.watchTerms.unwrap().optional(),
  mutedHints: SettingsBaseSchema.shape.mutedHints.unwrap().optional(),
  notes: SettingsBaseSchema.shape.notes.unwrap().optional(),
});

const MAX_RECORDS = 200_000;

export const BackupImportSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT).optional(),
    // A newer file than this version knows is refused rather than half understood.
    version: z.literal(BACKUP_VERSION).optional(),
    exportedAt: IsoDateTimeSchema.optional(),
    templates: z.array(TemplateImportSchema).max(MAX_RECORDS).optional(),
    clips: z.array(ClipImportSchema).max(MAX_RECORDS).optional(),
    calendar: z.array(CalendarImportSchema).max(MAX_RECORDS).optional(),
    checklist: z.array(ChecklistImportSchema).max(MAX_RECORDS).optional(),
    checklistHistory: z.array(ChecklistDaySchema).max(MAX_RECORDS).optional(),
    authors: z.array(AuthorImportSchema).max(MAX_RECORDS).optional(),
    settings: SettingsImportSchema.optional(),
  })
  // Unknown top-level keys are most likely a typo ("template") that would silently import nothing.
  .strict();
export type BackupImport = z.infer<typeof BackupImportSchema>;

/** What "Export backup" writes: everything, with every id. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateTimeSchema,
  templates: z.array(TemplateSchema),
  clips: z.array(ClipSchema),
  calendar: z.array(CalendarEventSchema),
  checklist: z.array(ChecklistItemSchema),
  checklistHistory: z.array(ChecklistDaySchema),
  authors: z.array(AuthorSchema),
  settings: SettingsSchema,
});
export type Backup = z.infer<typeof BackupSchema>;

export const ImportSummarySchema = z.object({
  templates: z.number().int(),
  clips: z.number().int(),
  calendar: z.number().int(),
  checklist: z.number().int(),
  checklistHistory: z.number().int(),
  authors: z.number().int(),
  settings: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
