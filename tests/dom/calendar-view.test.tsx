// Options → Calendar over a real background (router, handlers, fake-indexeddb), seeded with
// the two weekly rendez-vous: "Book of the week" on Mondays at 10:00, "What are you reading?"
// on Saturdays at 11:00, in Paris.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '@/lib/messages';
import { SettingsSchema } from '@/lib/schema/settings';
import { events, focusDay, mode } from '@/lib/state/calendar';
import { locale } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import { googleExport } from '../unit/calendar/ics-samples';
import { connect, sentOf, type Backend } from './backend-client';

vi.mock('@/lib/messaging/client', async (importOriginal) => (await import('./backend-client')).mockClient(importOriginal as never));

const { CalendarView } = await import('@/components/options/calendar-view');
const { Toasts, toasts } = await import('@/components/ui/toast');

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

let backend: Backend;
beforeEach(async () => {
  backend = await connect({ seed: true });
  events.value = null;
  mode.value = 'week';
  focusDay.value = '2026-12-07';
  toasts.value = [];
  locale.value = 'en';
  location.hash = '#/calendar';
  settings.value = SettingsSchema.parse({ brands: [{ id: 'brand-default', name: 'My brand' }], activeBrandId: 'brand-default' });
});
afterEach(cleanup);

async function mount() {
  render(<><CalendarView /><Toasts /></>);
  return screen.findByRole('grid');
}

const cell = (day: string) => document.querySelector<HTMLElement>(`[data-day="${day}"]`)!;
const titlesOn = (day: string) => [...cell(day).querySelectorAll('.cmsk-cal__title')].map((e) => e.textContent);
const key = (target: Element, k: string) => fireEvent.keyDown(target, { key: k });

describe('CalendarView', () => {
  it('shows the week of Monday 7 December with the weekly rendez-vous', async () => {
    const grid = await mount();
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(7);
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(titlesOn('2026-12-07')).toEqual(['Book of the week']);
    expect(cell('2026-12-07').textContent).toContain('10:00');
    expect(titlesOn('2026-12-12')).toEqual(['What are you reading?']);
    expect(screen.getByText('December 7 – 13, 2026')).toBeTruthy();
    expect(cell('2026-12-07').getAttribute('tabindex')).toBe('0');
    expect(cell('2026-12-08').getAttribute('tabindex')).toBe('-1');
  });

  it('is keyboard navigable: arrows between days, Page Down to the next week, Enter into the day', async () => {
    await mount();
    cell('2026-12-07').focus();
    key(cell('2026-12-07'), 'ArrowRight');
    await waitFor(() => expect(document.activeElement).toBe(cell('2026-12-08')));
    key(cell('2026-12-08'), 'ArrowLeft');
    await waitFor(() => expect(document.activeElement).toBe(cell('2026-12-07')));
    key(cell('2026-12-07'), 'PageDown');
    await waitFor(() => expect(document.activeElement).toBe(cell('2026-12-14')));
    expect(screen.getByText('December 14 – 20, 2026')).toBeTruthy();
    key(cell('2026-12-14'), 'PageUp');
    await waitFor(() => expect(document.activeElement).toBe(cell('2026-12-07')));
    key(cell('2026-12-07'), 'Enter');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('New event on Monday, December 7'));
  });

  it('switches to the month, where Page Down goes to the next month', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Month' }));
    await waitFor(() => expect(screen.getAllByRole('gridcell')).toHaveLength(42));
    expect(screen.getByText('December 2026')).toBeTruthy();
    // Mondays 7, 14, 21, 28 and 4 January, the last row of the six weeks shown.
    expect(within(screen.getByRole('grid')).getAllByText('Book of the week')).toHaveLength(5);
    cell('2026-12-07').focus();
    key(cell('2026-12-07'), 'PageDown');
    await screen.findByText('January 2027');
    expect(document.activeElement).toBe(cell('2027-01-07'));
  });

  it('"Today" brings the focus back to today', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    await waitFor(() => expect(cell(today).getAttribute('tabindex')).toBe('0'));
  });

  it('edits one date of the series, and Undo puts the series back', async () => {
    await mount();
    fireEvent.click(within(cell('2026-12-07')).getByText('Book of the week'));
    const editor = await screen.findByRole('region', { name: 'Edit event' });
    expect((within(editor).getByRole('radio', { name: 'This event only' }) as HTMLInputElement).checked).toBe(true);
    const title = within(editor).getByRole('textbox', { name: 'Title' });
    expect(document.activeElement).toBe(title);
    fireEvent.input(title, { target: { value: 'Book of the week: guest author' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save event' }));
    await screen.findByText('Event saved.');
    const [edit] = sentOf('calendar/edit-occurrence') as RequestOf<'calendar/edit-occurrence'>[];
    expect(edit).toMatchObject({ eventId: 'example-book-of-the-week', localStart: '2026-12-07T10:00', scope: 'this', changes: { title: 'Book of the week: guest author', start: '2026-12-07T10:00' } });
    expect(titlesOn('2026-12-07')).toEqual(['Book of the week: guest author']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titlesOn('2026-12-07')).toEqual(['Book of the week']));
    expect((await backend.db.getAll('calendar')).map((e) => e.title).sort()).toEqual(['Book of the week', 'What are you reading?']);
  });

  it('creates a weekly event on several days, and edits the series from any date', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'New event' }));
    const editor = await screen.findByRole('region', { name: 'New event' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Title' }), { target: { value: 'Live Q&A' } });
    fireEvent.input(within(editor).getByLabelText('Time'), { target: { value: '18:00' } });
    fireEvent.change(within(editor).getByRole('combobox', { name: 'Repeats' }), { target: { value: 'weekly' } });
    fireEvent.click(within(editor).getByRole('checkbox', { name: 'Thursday' }));
    fireEvent.click(within(editor).getByRole('checkbox', { name: 'Webinar' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Save event' }));
    await screen.findByText('Event saved.');
    const [save] = sentOf('calendar/save') as RequestOf<'calendar/save'>[];
    expect(save?.event).toMatchObject({ title: 'Live Q&A', start: '2026-12-07T18:00', timeZone: 'Europe/Paris', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', tags: ['webinar'], reminderMinutes: 30, inChecklist: true, platforms: ['any'] });
    expect(titlesOn('2026-12-10')).toEqual(['Live Q&A']);

    fireEvent.click(within(cell('2026-12-10')).getByText('Live Q&A'));
    const again = await screen.findByRole('region', { name: 'Edit event' });
    fireEvent.click(within(again).getByRole('radio', { name: 'All events in the series' }));
    fireEvent.input(within(again).getByLabelText('Time'), { target: { value: '19:00' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save event' }));
    await waitFor(() => expect(cell('2026-12-10').textContent).toContain('19:00'));
    expect(cell('2026-12-07').textContent).toContain('19:00');
    const edits = sentOf('calendar/edit-occurrence') as RequestOf<'calendar/edit-occurrence'>[];
    // The series keeps its first date and takes the new time.
    expect(edits.at(-1)).toMatchObject({ scope: 'series', changes: { start: '2026-12-07T19:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH' } });
  });

  it('refuses an event without a title, saying why', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'New event' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save event' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the event a title.');
    expect(sentOf('calendar/save')).toEqual([]);
  });

  it('deletes the whole series with undo', async () => {
    await mount();
    fireEvent.click(within(cell('2026-12-12')).getByText('What are you reading?'));
    const editor = await screen.findByRole('region', { name: 'Edit event' });
    fireEvent.click(within(editor).getByRole('radio', { name: 'All events in the series' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete event' }));
    const toast = await screen.findByText('“What are you reading?” deleted.');
    expect(titlesOn('2026-12-12')).toEqual([]);
    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titlesOn('2026-12-12')).toEqual(['What are you reading?']));
  });

  it('imports an .ics file, and lists the problems of an invalid one without writing anything', async () => {
    await mount();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pick = (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'calendar.ics', { type: 'text/calendar' })], configurable: true });
      fireEvent.change(input);
    };
    pick('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported: 1 problem(s) found in the file.');
    expect(alert.textContent).toContain('an event has no start date (DTSTART)');
    expect(await backend.db.count('calendar')).toBe(2);
    pick(googleExport);
    await screen.findByText(/event\(s\) imported\./);
    expect(await backend.db.count('calendar')).toBeGreaterThan(2);
  });

  it('opens the event a reminder links to', async () => {
    location.hash = '#/calendar/example-what-are-you-reading';
    await mount();
    const editor = await screen.findByRole('region', { name: 'Edit event' });
    expect((within(editor).getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('What are you reading?');
  });

  it('shows the empty state when the calendar has no event', async () => {
    for (const e of await backend.db.getAll('calendar')) await backend.db.delete('calendar', e.id);
    render(<CalendarView />);
    expect((await screen.findByRole('note')).textContent).toContain('Your editorial calendar is empty');
    expect(screen.getByRole('button', { name: 'New event' })).toBeTruthy();
  });
});
