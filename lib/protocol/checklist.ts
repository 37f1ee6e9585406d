import { z } from 'zod';
import { TodayItemSchema } from '../checklist/today';
import { DaySchema, IdSchema, LongTextSchema, ShortTextSchema } from '../schema/common';
import { ChecklistItemSchema, RoutineRecurrenceSchema } from '../schema/checklist';
import type { ProtocolPart } from './types';

/** Everything the popup needs for its first render, in one answer. */
export const TodayViewSchema = z.object({
  day: DaySchema,
  items: z.array(TodayItemSchema),
  /** Required items not ticked yet: the badge count. */
  remaining: z.number().int(),
  required: z.number().int(),
  brands: z.array(z.object({ id: IdSchema, name: z.string() })),
  activeBrandId: IdSchema,
  uiLang: z.enum(['auto', 'fr', 'en']),
  theme: z.enum(['auto', 'light', 'dark']),
});
export type TodayView = z.infer<typeof TodayViewSchema>;

/** The day the page shows; a write for a day that has ended is not applied (the answer is the new day). */
const OnDay = { day: DaySchema };
const Key = z.string().min(1).max(300);
const Label = ShortTextSchema.trim().min(1);

export const RoutineItemInputSchema = ChecklistItemSchema.pick({ label: true, why: true, required: true, brand: true }).extend({
  id: IdSchema.optional(),
  recurrence: RoutineRecurrenceSchema,
  order: z.number().optional(),
}).strict();

export const HistoryDaySchema = z.object({
  day: DaySchema,
  required: z.number().int(),
  requiredDone: z.number().int(),
  optional: z.number().int(),
  optionalDone: z.number().int(),
  ratio: z.number().nullable(),
  complete: z.boolean(),
});
export type HistoryDay = z.infer<typeof HistoryDaySchema>;

const Direction = z.enum(['up', 'down']);
/** A drag drops an entry at an index of the list as the page showed it (clamped to the list). */
const Position = z.number().int().min(0).max(10_000);

/** Messages of the checklist domain; spread into the protocol map in lib/messages.ts. */
export const checklistProtocol = {
  'checklist/today': { from: ['page'], request: z.object({}).strict(), response: TodayViewSchema },
  'checklist/toggle': { from: ['page'], request: z.object({ ...OnDay, key: Key, done: z.boolean() }).strict(), response: TodayViewSchema },
  'checklist/add': {
    from: ['page'],
    request: z.object({ ...OnDay, label: Label, why: LongTextSchema.default(''), required: z.boolean().default(true) }).strict(),
    response: TodayViewSchema,
  },
  'checklist/edit': { from: ['page'], request: z.object({ ...OnDay, key: Key, label: Label, why: LongTextSchema.default('') }).strict(), response: TodayViewSchema },
  // A one-off item is deleted; a routine step or a rendez-vous is only taken off this day's list.
  'checklist/remove': {
    from: ['page'],
    request: z.object({ ...OnDay, key: Key }).strict(),
    response: z.object({ today: TodayViewSchema, deleted: ChecklistItemSchema.nullable() }),
  },
  'checklist/restore': {
    from: ['page'],
    request: z.object({ ...OnDay, key: Key, item: ChecklistItemSchema.nullable() }).strict(),
    response: TodayViewSchema,
  },
  // One step (the move buttons) or to an index (drag and drop).
  'checklist/move': {
    from: ['page'],
    request: z.union([z.object({ ...OnDay, key: Key, direction: Direction }).strict(), z.object({ ...OnDay, key: Key, to: Position }).strict()]),
    response: TodayViewSchema,
  },
  // From a tone hint on a post: "come back to this one". Same label and link on the same day is one item.
  'checklist/add-follow-up': {
    from: ['page', 'content'],
    request: z.object({ label: Label, url: z.url({ protocol: /^https$/ }).max(2_000) }).strict(),
    response: z.object({ item: ChecklistItemSchema, remaining: z.number().int() }),
  },

  'checklist/routine': { from: ['page'], request: z.object({}).strict(), response: z.array(ChecklistItemSchema) },
  'checklist/save-item': { from: ['page'], request: z.object({ item: RoutineItemInputSchema }).strict(), response: ChecklistItemSchema },
  'checklist/delete-item': { from: ['page'], request: z.object({ id: IdSchema }).strict(), response: z.object({ deleted: ChecklistItemSchema.nullable() }) },
  'checklist/restore-item': { from: ['page'], request: z.object({ item: ChecklistItemSchema }).strict(), response: ChecklistItemSchema },
  'checklist/move-item': {
    from: ['page'],
    request: z.union([z.object({ id: IdSchema, direction: Direction }).strict(), z.object({ id: IdSchema, to: Position }).strict()]),
    response: z.array(ChecklistItemSchema),
  },
  'checklist/history': {
    from: ['page'],
    request: z.object({ limit: z.number().int().min(1).max(366).default(60) }).strict(),
    response: z.object({ today: DaySchema, streak: z.number().int(), days: z.array(HistoryDaySchema) }),
  },
} as const satisfies ProtocolPart;

