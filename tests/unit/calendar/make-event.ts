import { CalendarEventSchema, type CalendarEvent } from '../../../lib/schema/calendar';

/** A valid event with the defaults filled in; tests give only what they are about. */
export function makeEvent(fields: Partial<CalendarEvent> & Pick<CalendarEvent, 'start'>): CalendarEvent {
  return CalendarEventSchema.parse({
    id: 'ev-1',
    title: 'Livre de la semaine',
    timeZone: 'Europe/Paris',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });
}

export const year2026 = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
