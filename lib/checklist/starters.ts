// The routine a new CM starts from, after the trade's daily checklist (FIELD.md): notifications
// and mentions, answers, watch, publishing, engagement, measure. Recurring topics such as
// "Book of the week" are calendar events, not routine items. Marked example so the CM can clear
// samples in one go; optional items are the ones not every community needs every day.
import type { ChecklistItem, RoutineRecurrence } from '../schema/checklist';
import type { Lang } from '../schema/common';
import en from '../i18n/en/checklist';
import fr from '../i18n/fr/checklist';

type RoutineId = 'watch' | 'notifications' | 'comments' | 'mentions' | 'calendar' | 'scheduled' | 'campaigns'
  | 'ambassadors' | 'close' | 'kpis' | 'team' | 'partners' | 'audit' | 'report';

const ROUTINE: readonly { id: RoutineId; recurrence: RoutineRecurrence; required: boolean }[] = [
  { id: 'watch', recurrence: { kind: 'daily' }, required: true },
  { id: 'notifications', recurrence: { kind: 'daily' }, required: true },
  { id: 'comments', recurrence: { kind: 'daily' }, required: true },
  { id: 'mentions', recurrence: { kind: 'daily' }, required: false },
  { id: 'calendar', recurrence: { kind: 'daily' }, required: true },
  { id: 'scheduled', recurrence: { kind: 'daily' }, required: true },
  // Only while a campaign or contest runs.
  { id: 'campaigns', recurrence: { kind: 'daily' }, required: false },
  { id: 'ambassadors', recurrence: { kind: 'daily' }, required: false },
  { id: 'close', recurrence: { kind: 'daily' }, required: true },
  // The week's figures on Friday, to plan the next week; the team point opens the week.
  { id: 'kpis', recurrence: { kind: 'weekly', days: ['FR'] }, required: true },
  { id: 'team', recurrence: { kind: 'weekly', days: ['MO'] }, required: true },
  { id: 'partners', recurrence: { kind: 'weekly', days: ['TH'] }, required: false },
  { id: 'audit', recurrence: { kind: 'monthly', day: 1 }, required: false },
  // 31 falls on each month's last day, when the month's figures are complete.
  { id: 'report', recurrence: { kind: 'monthly', day: 31 }, required: true },
];

/** Fixed ids (`routine-<step>`): seeding twice overwrites instead of duplicating. */
export function defaultRoutine(lang: Lang, now: Date): ChecklistItem[] {
  const strings = lang === 'fr' ? fr : en;
  const stamp = now.toISOString();
  return ROUTINE.map((step, i) => ({
    id: `routine-${step.id}`,
    label: strings[`checklist.routine.${step.id}.label`],
    why: strings[`checklist.routine.${step.id}.why`],
    recurrence: step.recurrence,
    required: step.required,
    brand: null,
    order: (i + 1) * 10,
    source: { kind: 'routine', url: null },
    example: true,
    createdAt: stamp,
    updatedAt: stamp,
  }));
}
