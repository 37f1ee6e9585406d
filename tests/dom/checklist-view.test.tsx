// Options → Checklist over a real background: the seeded default routine and its history.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '@/lib/messages';
import { SettingsSchema } from '@/lib/schema/settings';
import { history, routine } from '@/lib/state/checklist';
import { locale } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import { connect, sentOf, type Backend } from './backend-client';

vi.mock('@/lib/messaging/client', async (importOriginal) => (await import('./backend-client')).mockClient(importOriginal as never));

const { ChecklistView } = await import('@/components/options/checklist-view');
const { Toasts, toasts } = await import('@/components/ui/toast');

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

const clock = { now: new Date('2026-12-01T09:00:00Z') };
let backend: Backend;
beforeEach(async () => {
  clock.now = new Date('2026-12-01T09:00:00Z');
  backend = await connect({ seed: true, now: () => clock.now });
  routine.value = null;
  history.value = null;
  toasts.value = [];
  locale.value = 'en';
  settings.value = SettingsSchema.parse({ brands: [{ id: 'brand-default', name: 'My brand' }], activeBrandId: 'brand-default' });
});
afterEach(cleanup);

async function mount() {
  render(<><ChecklistView /><Toasts /></>);
  return screen.findByRole('region', { name: 'Your routine' });
}
const steps = (section: HTMLElement) => within(section).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent);

describe('ChecklistView', () => {
  it('lists the routine in order with when each step comes back', async () => {
    const section = await mount();
    expect(steps(section)).toHaveLength(14);
    expect(steps(section)[0]).toBe('Morning watch: sector and competitors');
    const kpis = within(section).getByText("The week's KPIs: engagement, reach, response time").closest('li')!;
    expect(within(kpis).getByText('Every week: Friday')).toBeTruthy();
    const report = within(section).getByText('Monthly KPI and ROI report').closest('li')!;
    expect(within(report).getByText('Every month on its last day')).toBeTruthy();
    expect((await screen.findByRole('note')).textContent).toContain('No history yet');
  });

  it('moves a step, keeping the focus on its button', async () => {
    const section = await mount();
    const second = steps(section)[1]!;
    const up = screen.getByRole('button', { name: `Move up: ${second}` });
    up.focus();
    fireEvent.click(up);
    await waitFor(() => expect(steps(section)[0]).toBe(second));
    // It reached the top: its up arrow is disabled, so the down arrow has the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move down: ${second}` }));
  });

  it('adds a weekly optional step after checking it, and deletes it with undo', async () => {
    const section = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the step a name.');
    fireEvent.input(screen.getByRole('textbox', { name: 'Step' }), { target: { value: 'Newsletter of the week' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Repeats' }), { target: { value: 'weekly' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Required (counts in the badge)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Step saved.');
    expect((sentOf('checklist/save-item') as RequestOf<'checklist/save-item'>[])[0]?.item).toMatchObject({ label: 'Newsletter of the week', recurrence: { kind: 'weekly', days: ['TU'] }, required: false, brand: null });
    expect(steps(section).at(-1)).toBe('Newsletter of the week');

    fireEvent.click(screen.getByRole('button', { name: 'Delete: Newsletter of the week' }));
    const toast = await screen.findByText('“Newsletter of the week” deleted.');
    expect(steps(section)).not.toContain('Newsletter of the week');
    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(steps(section)).toContain('Newsletter of the week'));
  });

  it('shows past days, required and optional, and the streak', async () => {
    const view = async () => { const r = await backend.send('checklist/today', {}); if (!r.ok) throw new Error(); return r.data; };
    for (const day of ['2026-12-01', '2026-12-02']) {
      clock.now = new Date(`${day}T09:00:00Z`);
      for (const item of (await view()).items.filter((i) => i.required)) await backend.send('checklist/toggle', { day, key: item.key, done: true });
    }
    clock.now = new Date('2026-12-03T09:00:00Z');
    await view();
    await mount();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Wed, Dec 26 of 60 of 3Complete', 'Tue, Dec 16 of 60 of 4Complete']);
    expect(screen.getByText('2-day streak')).toBeTruthy();
  });
});
