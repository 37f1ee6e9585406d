// The toolbar popup over a real background (router, handlers, fake-indexeddb): today's list
// for Tuesday 1 December 2026 in Paris, seeded with the default routine.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayChanged, today } from '@/lib/state/checklist';
import { locale } from '@/lib/state/i18n';
import { connect, sentOf, wire, type Backend } from './backend-client';

vi.mock('@/lib/messaging/client', async (importOriginal) => (await import('./backend-client')).mockClient(importOriginal as never));

const { PopupApp } = await import('@/components/popup/app');
const { toasts } = await import('@/components/ui/toast');

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

let backend: Backend;
beforeEach(async () => {
  backend = await connect({ seed: true });
  today.value = null;
  localStorage.clear();
  dayChanged.value = false;
  toasts.value = [];
  locale.value = 'en';
});
afterEach(cleanup);

async function mount() {
  render(<PopupApp />);
  await screen.findByRole('list', { name: "Today's items" });
}

const boxes = () => screen.getAllByRole('checkbox') as HTMLInputElement[];
const labels = () => boxes().map((b) => b.labels?.[0]?.textContent ?? '');

describe('PopupApp', () => {
  it("opens on today's list with one message: real checkboxes, labels, the why as description", async () => {
    await mount();
    expect(sentOf('checklist/today')).toHaveLength(1);
    expect(requests().length).toBe(1);
    expect(boxes()).toHaveLength(10);
    const watch = screen.getByRole('checkbox', { name: 'Morning watch: sector and competitors' });
    expect(watch.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(watch.getAttribute('aria-describedby')!)?.textContent).toMatch(/^See what competitors publish/);
    expect(screen.getByText('6 of 6 left')).toBeTruthy();
    expect(screen.getByText('Tuesday, December 1')).toBeTruthy();
    expect(screen.getAllByText('Optional')).toHaveLength(4);
    // One brand: shown, not switchable.
    expect(screen.getByText('My brand')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('ticking persists at once and the progress and badge count down', async () => {
    await mount();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Morning watch: sector and competitors' }));
    await screen.findByText('5 of 6 left');
    expect(sentOf('checklist/toggle')).toEqual([{ day: '2026-12-01', key: 'routine-watch', done: true }]);
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('5');
    // A second popup (a reopen) sees the tick.
    cleanup();
    today.value = null;
    await mount();
    expect((screen.getByRole('checkbox', { name: 'Morning watch: sector and competitors' }) as HTMLInputElement).checked).toBe(true);
  });

  it('adds an item for today, edits it, and deletes it with undo', async () => {
    await mount();
    fireEvent.input(screen.getByRole('textbox', { name: 'Add an item for today' }), { target: { value: 'Answer the webinar questions' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByRole('checkbox', { name: 'Answer the webinar questions' });
    expect(screen.getByText('7 of 7 left')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit: Answer the webinar questions' }));
    const field = screen.getByRole('textbox', { name: 'Item' });
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: 'Answer the live questions' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('checkbox', { name: 'Answer the live questions' });

    fireEvent.click(screen.getByRole('button', { name: 'Remove from today: Answer the live questions' }));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Answer the live questions' })).toBeNull());
    const toast = await screen.findByText('“Answer the live questions” deleted.');
    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('checkbox', { name: 'Answer the live questions' });
  });

  it('takes a routine step off today only, with undo', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Remove from today: Look for untagged mentions of the brand' }));
    const toast = await screen.findByText('“Look for untagged mentions of the brand” taken off today’s list.');
    expect(labels()).not.toContain('Look for untagged mentions of the brand');
    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(labels()).toContain('Look for untagged mentions of the brand'));
  });

  it('reorders with the keyboard: move down keeps the focus on the moved item', async () => {
    await mount();
    const first = labels()[0]!;
    const button = screen.getByRole('button', { name: `Move down: ${first}` });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(labels()[1]).toBe(first));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move down: ${first}` }));
    expect(sentOf('checklist/move')).toEqual([{ day: '2026-12-01', key: 'routine-watch', direction: 'down' }]);
    expect((screen.getByRole('button', { name: `Move up: ${labels()[0]}` }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('switches brand when the CM runs several', async () => {
    const settings = await backend.send('settings/get', {});
    if (!settings.ok) throw new Error('settings');
    await backend.send('settings/save', { ...settings.data, brands: [...settings.data.brands, { id: 'acme', name: 'Acme', lang: 'fr', register: 'tu', signature: '' }] });
    await backend.send('checklist/save-item', { item: { label: 'Acme: answer the forum', why: '', required: true, brand: 'acme', recurrence: { kind: 'daily' } } });
    await mount();
    expect(labels()).not.toContain('Acme: answer the forum');
    fireEvent.change(screen.getByRole('combobox', { name: 'Brand' }), { target: { value: 'acme' } });
    await waitFor(() => expect(labels()).toContain('Acme: answer the forum'));
    expect(sentOf('brands/activate')).toEqual([{ brandId: 'acme' }]);
  });

  it('speaks French when the CM chose it, and shows the empty state on a day with nothing', async () => {
    const settings = await backend.send('settings/get', {});
    if (!settings.ok) throw new Error('settings');
    await backend.send('settings/save', { ...settings.data, uiLang: 'fr', theme: 'dark' });
    for (const item of (await backend.db.getAll('checklistItems'))) await backend.send('checklist/delete-item', { id: item.id });
    await act(async () => { render(<PopupApp />); });
    await screen.findByText("Rien de prévu aujourd'hui");
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('textbox', { name: 'Ajouter un élément pour aujourd’hui' })).toBeTruthy();
  });
});

function requests() {
  return [...sentOf('checklist/today'), ...sentOf('settings/get')];
}

describe("PopupApp's first paint from the last list the background built", () => {
  /** Holds the background's answers until release(), as a worker that is still starting would. */
  function holdAnswers(answer?: (type: string) => unknown) {
    const real = wire.backend!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    wire.backend = { send: async (type: never, data: never) => { await gate; return answer?.(type) ?? real.send(type, data); } };
    return release;
  }
  /** The list as the background stores it for the popup, with its first label changed so it can be told apart. */
  async function storedList(label: string) {
    await backend.send('checklist/today', {});
    const key = 'checklist:today';
    const stored = (await fakeBrowser.storage.session.get(key))[key] as { view: { items: Array<{ label: string }> }; dayLabels: { en: string } };
    stored.view.items[0]!.label = label;
    stored.dayLabels.en = `${stored.dayLabels.en} (${label})`;
    await fakeBrowser.storage.session.set({ [key]: stored });
    return stored;
  }
  const at = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };
  afterEach(() => { vi.useRealTimers(); });

  it('shows it at once, while the background has not answered, then the answer replaces it', async () => {
    at('2026-12-01T09:00:00Z');
    await storedList('As last built');
    const release = holdAnswers();
    render(<PopupApp />);
    await screen.findByRole('checkbox', { name: 'As last built' });
    expect(boxes()).toHaveLength(10);
    expect(screen.getByText('6 of 6 left')).toBeTruthy();
    // The header's day came formatted with the list: no date formatting before the first paint.
    expect(screen.getByText('Tuesday, December 1 (As last built)')).toBeTruthy();
    // Asked right after the paint, answered only now.
    await waitFor(() => expect(sentOf('checklist/today')).toHaveLength(1));
    release();
    await screen.findByRole('checkbox', { name: 'Morning watch: sector and competitors' });
    expect(screen.queryByRole('checkbox', { name: 'As last built' })).toBeNull();
    // Same day: no "new day" notice.
    expect(screen.queryByText('A new day has started: here is today’s list.')).toBeNull();
  });

  it("still shows it at 03:30, before the day start, and never once today's list has started over", async () => {
    at('2026-12-02T02:30:00Z');
    await storedList('Late evening list');
    let release = holdAnswers();
    render(<PopupApp />);
    await screen.findByRole('checkbox', { name: 'Late evening list' });
    release();
    cleanup();
    today.value = null;

    // 04:00 in Paris: the list of the 1st is yesterday's, whatever it says.
    at('2026-12-02T03:00:00Z');
    release = holdAnswers();
    render(<PopupApp />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('Loading…')).toBeTruthy();
    release();
    await screen.findByRole('checkbox', { name: 'Morning watch: sector and competitors' });
  });

  it("paints the popup's own copy before storage.session answers, and never past the day start", async () => {
    at('2026-12-01T09:00:00Z');
    await storedList('As last built');
    render(<PopupApp />);
    await screen.findByRole('checkbox', { name: 'Morning watch: sector and competitors' });
    cleanup();
    today.value = null;

    // Next open: storage.session and the background both slow; the list is there at once.
    const session = vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(() => new Promise(() => undefined));
    const writes = vi.spyOn(localStorage, 'setItem');
    let release = holdAnswers();
    render(<PopupApp />);
    await Promise.resolve();
    expect(screen.getByRole('checkbox', { name: 'Morning watch: sector and competitors' })).toBeTruthy();
    // The copy painted is the one stored: the first paint does not write it back.
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
    release();
    cleanup();
    today.value = null;

    // Past 04:00 in Paris the copy is yesterday's list: not shown.
    at('2026-12-02T03:00:00Z');
    release = holdAnswers();
    render(<PopupApp />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    release();
    session.mockRestore();
  });

  it("ignores a damaged or foreign copy in the popup's localStorage and shows the background's list", async () => {
    at('2026-12-01T09:00:00Z');
    for (const raw of ['{not json', JSON.stringify({ v: 1, view: { day: '2026-12-01', items: 'all of them' } }), JSON.stringify({ v: 2 })]) {
      localStorage.setItem('cmsk:today', raw);
      render(<PopupApp />);
      await screen.findByRole('checkbox', { name: 'Morning watch: sector and competitors' });
      cleanup();
      today.value = null;
    }
  });

  it('keeps it on screen and says so when the background cannot be reached', async () => {
    at('2026-12-01T09:00:00Z');
    await storedList('As last built');
    const unreachable = { ok: false, error: { code: 'unreachable', message: 'CM Sidekick is restarting. Try again in a moment.' } };
    const release = holdAnswers(() => unreachable);
    render(<PopupApp />);
    await screen.findByRole('checkbox', { name: 'As last built' });
    release();
    expect((await screen.findByRole('alert')).textContent).toBe('CM Sidekick is restarting. Try again in a moment.');
    expect(screen.getByRole('checkbox', { name: 'As last built' })).toBeTruthy();
  });
});
