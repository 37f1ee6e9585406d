// The event editor's fields, and the request each save sends. Pure, so the "this event" /
// "the series" rules are tested without a page.
import type { WeekdayCode } from '@/lib/calendar/civil';
import { isValidTimeZone } from '@/lib/calendar/zone';
import type { MessageKey } from '@/lib/i18n';
import type { RequestOf } from '@/lib/messages';
import type { CalendarEvent, CalendarEventInput } from '@/lib/schema/calendar';
import { defaultRepeat, fromRule, toRule, type RepeatForm } from './recurrence';

export type Scope = 'this' | 'series';

export interface EventForm {
  title: string;
  notes: string;
  /** '' for every brand. */
  brand: string;
  platforms: Array<'x' | 'facebook'>;
  date: string;
  time: string;
  allDay: boolean;
  timeZone: string;
  duration: string;
  repeat: RepeatForm;
  /** Minutes before, or 'none'. */
  reminder: string;
  tags: string[];
  inChecklist: boolean;
  scope: Scope;
}

export type EditorTarget = { kind: 'new'; day: string } | { kind: 'edit'; event: CalendarEvent; localStart: string };

export function formFor(target: EditorTarget, timeZone: string): EventForm {
  if (target.kind === 'new') {
    return {
      title: '', notes: '', brand: '', platforms: [], date: target.day, time: '10:00', allDay: false, timeZone, duration: '30',
      repeat: defaultRepeat(target.day), reminder: '30', tags: [], inChecklist: true, scope: 'series',
    };
  }
  const { event, localStart } = target;
  const allDay = localStart.length === 10;
  return {
    title: event.title,
    notes: event.notes,
    brand: event.brand ?? '',
    platforms: event.platforms.filter((p): p is 'x' | 'facebook' => p !== 'any'),
    date: localStart.slice(0, 10),
    time: allDay ? '10:00' : localStart.slice(11, 16),
    allDay,
    timeZone: event.timeZone,
    duration: event.durationMinutes === null ? '' : String(event.durationMinutes),
    repeat: fromRule(event.rrule, event.start.slice(0, 10)),
    reminder: event.reminderMinutes === null ? 'none' : String(event.reminderMinutes),
    tags: [...event.tags],
    inChecklist: event.inChecklist,
    // Changing one date of a series is the common case (a guest moved, a holiday).
    scope: event.rrule ? 'this' : 'series',
  };
}

export function validate(form: EventForm): MessageKey[] {
  const errors: MessageKey[] = [];
  if (!form.title.trim()) errors.push('calendar.error.title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.push('calendar.error.date');
  if (form.repeat.kind === 'weekly' && form.repeat.days.length === 0) errors.push('calendar.error.days');
  if (!isValidTimeZone(form.timeZone)) errors.push('calendar.error.time-zone');
  return errors;
}

const startOf = (date: string, form: EventForm) => (form.allDay ? date : `${date}T${form.time || '00:00'}`);

function fields(form: EventForm, startDay: string): Omit<CalendarEventInput, 'start'> {
  const duration = form.duration.trim() === '' ? null : Math.max(0, Math.round(Number(form.duration)));
  return {
    title: form.title.trim(),
    notes: form.notes,
    brand: form.brand || null,
    platforms: form.platforms.length > 0 ? form.platforms : ['any'],
    timeZone: form.timeZone,
    durationMinutes: Number.isFinite(duration) ? duration : null,
    rrule: toRule(form.repeat, startDay),
    reminderMinutes: form.reminder === 'none' ? null : Number(form.reminder),
    tags: form.tags,
    inChecklist: form.inChecklist,
  };
}

export type SaveRequest =
  | { type: 'calendar/save'; data: RequestOf<'calendar/save'> }
  | { type: 'calendar/edit-occurrence'; data: RequestOf<'calendar/edit-occurrence'> };

/**
 * What saving sends. A series edited as a series keeps its first date (the form shows the
 * occurrence that was opened) and takes the form's time; "this event only" takes the form's
 * date and time and leaves the rule to the series.
 */
export function saveRequest(target: EditorTarget, form: EventForm): SaveRequest {
  if (target.kind === 'new') {
    return { type: 'calendar/save', data: { event: { ...fields(form, form.date), start: startOf(form.date, form) } } };
  }
  const { event, localStart } = target;
  if (!event.rrule || form.scope === 'series') {
    const firstDay = event.rrule ? event.start.slice(0, 10) : form.date;
    const changes = { ...fields(form, firstDay), start: startOf(firstDay, form) };
    return { type: 'calendar/edit-occurrence', data: { eventId: event.id, localStart: event.rrule ? localStart : event.start, changes, scope: 'series' } };
  }
  const { rrule: _rule, ...changes } = fields(form, form.date);
  return { type: 'calendar/edit-occurrence', data: { eventId: event.id, localStart, changes: { ...changes, start: startOf(form.date, form) }, scope: 'this' } };
}

export const REMINDER_CHOICES = ['none', '0', '5', '15', '30', '60', '120', '1440'] as const;
export type { WeekdayCode };
