// Drag and drop reordering in the popup's list and the routine editor, over a real background.
// happy-dom has no layout: each row is given a 40 px box by its place in the list, and the
// pointer is driven with pointer events as a mouse or a finger would send them.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsSchema } from '@/lib/schema/settings';
import { dayChanged, routine, today } from '@/lib/state/checklist';
import { locale } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import { connect, sentOf, wire, type Backend } from './backend-client';

vi.mock('@/lib/messaging/client', async (importOriginal) => (await import('./backend-client')).mockClient(importOriginal as never));

const { PopupApp } = await import('@/components/popup/app');
const { ChecklistView } = await import('@/components/options/checklist-view');
const { Toasts, toasts } = await import('@/components/ui/toast');

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

const ROW_PX = 40;
const LIST_TOP = 100;
/** The middle of row `i` on screen, and the y just above it (in the gap before it). */
const middleOf = (i: number) => LIST_TOP + i * ROW_PX + ROW_PX / 2;
const gapBefore = (i: number) => LIST_TOP + i * ROW_PX + 5;

let backend: Backend;
beforeEach(async () => {
  backend = await connect({ seed: true });
  today.value = null;
  dayChanged.value = false;
  routine.value = null;
  toasts.value = [];
  locale.value = 'en';
  settings.value = SettingsSchema.parse({ brands: [{ id: 'brand-default', name: 'My brand' }], activeBrandId: 'brand-default' });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const row = this.closest('li');
    const index = row?.parentElement ? [...row.parentElement.children].indexOf(row) : 0;
    const top = LIST_TOP + index * ROW_PX;
    return { x: 0, y: top, top, bottom: top + ROW_PX, left: 0, right: 380, width: 380, height: ROW_PX, toJSON: () => ({}) } as DOMRect;
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const popupLabels = () => (screen.getAllByRole('checkbox') as HTMLInputElement[]).map((b) => b.labels?.[0]?.textContent ?? '');
const handles = () => [...document.querySelectorAll<HTMLElement>('[data-cmsk-drag-handle]')];
const rows = () => [...document.querySelectorAll<HTMLElement>('.cmsk-today > li, .cmsk-routine__list > li')];
const liveText = () => document.querySelector('[aria-live="polite"][role="status"].cmsk-visually-hidden')?.textContent ?? '';

type Pointer = { pointerId?: number; pointerType?: 'mouse' | 'touch' };
/** Presses row `from`'s handle, moves through `path` (y values), and leaves the pointer down. */
function press(from: number, path: number[], { pointerId = 1, pointerType = 'mouse' }: Pointer = {}) {
  const init = { pointerId, pointerType, isPrimary: true, button: 0, buttons: 1 };
  fireEvent.pointerDown(handles()[from]!, { ...init, clientY: middleOf(from) });
  for (const clientY of path) fireEvent.pointerMove(window, { ...init, clientY });
  return { release: (clientY = path.at(-1) ?? middleOf(from)) => fireEvent.pointerUp(window, { ...init, clientY }) };
}

describe("dragging in today's list (popup)", () => {
  async function mount(listName = "Today's items") {
    render(<PopupApp />);
    await screen.findByRole('list', { name: listName });
  }

  it('moves the row to the gap it is dropped in, saves it through the background, and says where it went', async () => {
    await mount();
    const before = popupLabels();
    const drag = press(0, [middleOf(0) + 10, middleOf(2), gapBefore(3)]);
    // While dragging: the row is lifted and a line shows the gap before row 3.
    expect(rows()[0]!.classList.contains('is-dragging')).toBe(true);
    expect(rows()[0]!.style.transform).toBe(`translateY(${gapBefore(3) - middleOf(0)}px)`);
    expect(rows().map((r) => r.dataset.cmskDrop ?? '')).toEqual(['', '', '', 'before', ...Array(before.length - 4).fill('')]);
    drag.release();
    expect(popupLabels()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    expect(rows().some((r) => r.classList.contains('is-dragging') || r.dataset.cmskDrop)).toBe(false);
    expect(rows()[2]!.style.transform).toBe('');
    await waitFor(() => expect(liveText()).toBe(`“${before[0]}” moved to position 3 of ${before.length}.`));
    expect(sentOf('checklist/move')).toEqual([{ day: '2026-12-01', key: 'routine-watch', to: 2 }]);
    // Saved: a reopened popup has the same order.
    cleanup();
    today.value = null;
    await mount();
    expect(popupLabels()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
  });

  it('drags upwards and past the last row, with a finger as with a mouse', async () => {
    await mount();
    const before = popupLabels();
    const keys = today.value!.items.map((i) => i.key);
    const n = before.length;
    press(4, [middleOf(3), middleOf(1) - 12], { pointerType: 'touch', pointerId: 7 }).release();
    await waitFor(() => expect(popupLabels().slice(0, 3)).toEqual([before[0], before[4], before[1]]));
    press(0, [middleOf(2), LIST_TOP + n * ROW_PX + 30]).release();
    // The line showed after the last row; the row is now last.
    await waitFor(() => expect(popupLabels().at(-1)).toBe(before[0]));
    await waitFor(() => expect(liveText()).toBe(`“${before[0]}” moved to position ${n} of ${n}.`));
    expect(sentOf('checklist/move')).toEqual([
      { day: '2026-12-01', key: keys[4], to: 1 },
      { day: '2026-12-01', key: keys[0], to: n - 1 },
    ]);
  });

  it('drops nothing for a click, a drop back in place, Escape, a cancelled touch or another pointer', async () => {
    await mount();
    const before = popupLabels();
    // A press that barely moves is a click on the handle.
    press(1, [middleOf(1) + 2]).release();
    // Dragged away and brought back: the gaps around the row show no line and move nothing.
    const back = press(1, [middleOf(3), middleOf(1) + 8]);
    expect(rows().some((r) => r.dataset.cmskDrop)).toBe(false);
    back.release();
    press(1, [middleOf(4)]);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(rows().some((r) => r.classList.contains('is-dragging'))).toBe(false);
    fireEvent.pointerUp(window, { pointerId: 1, clientY: middleOf(4) });
    press(1, [middleOf(4)], { pointerType: 'touch', pointerId: 3 });
    fireEvent.pointerCancel(window, { pointerId: 3 });
    // A second finger lifting elsewhere does not drop the first one's row.
    const first = press(2, [middleOf(5)], { pointerId: 4 });
    fireEvent.pointerUp(window, { pointerId: 5, clientY: middleOf(7) });
    expect(rows()[2]!.classList.contains('is-dragging')).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    first.release();
    // A right-button press starts nothing.
    fireEvent.pointerDown(handles()[0]!, { pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 2, clientY: middleOf(0) });
    fireEvent.pointerMove(window, { pointerId: 1, pointerType: 'mouse', isPrimary: true, clientY: middleOf(5) });
    expect(rows().some((r) => r.classList.contains('is-dragging'))).toBe(false);
    fireEvent.pointerUp(window, { pointerId: 1, clientY: middleOf(5) });
    expect(popupLabels()).toEqual(before);
    expect(sentOf('checklist/move')).toEqual([]);
  });

  it('puts the order back and says why when the background refuses the drop', async () => {
    await mount();
    const before = popupLabels();
    const real = wire.backend!;
    wire.backend = { send: async (type: never, data: never) => (type === 'checklist/move' ? { ok: false, error: { code: 'internal', message: 'Something went wrong inside CM Sidekick; nothing was lost. Try again.' } } : real.send(type, data)) };
    press(0, [middleOf(3)]).release();
    await screen.findByText('Something went wrong inside CM Sidekick; nothing was lost. Try again.');
    expect(popupLabels()).toEqual(before);
    wire.backend = real;
  });

  it('announces the new position of a keyboard move too, and speaks French', async () => {
    locale.value = 'fr';
    const saved = await backend.send('settings/get', {});
    if (!saved.ok) throw new Error('settings');
    await backend.send('settings/save', { ...saved.data, uiLang: 'fr' });
    await mount('Les éléments du jour');
    const first = popupLabels()[0]!;
    fireEvent.click(screen.getByRole('button', { name: `Descendre : ${first}` }));
    await waitFor(() => expect(liveText()).toBe(`« ${first} » déplacé en position 2 sur ${popupLabels().length}.`));
    expect(handles()[0]!.getAttribute('title')).toBe('Glisser pour changer l’ordre');
    // The grip is for pointers only: hidden from assistive technology, out of the tab order.
    expect(handles()[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(handles()[0]!.tabIndex).toBe(-1);
  });
});

describe('dragging in the routine editor (options → Checklist)', () => {
  async function mount() {
    render(<><ChecklistView /><Toasts /></>);
    return screen.findByRole('region', { name: 'Your routine' });
  }
  const steps = (section: HTMLElement) => within(section).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent ?? '');

  it("moves a step to where it is dropped and saves the routine's order", async () => {
    const section = await mount();
    const before = steps(section);
    press(5, [middleOf(4), gapBefore(1)]).release();
    expect(steps(section).slice(0, 3)).toEqual([before[0], before[5], before[1]]);
    await waitFor(() => expect(liveText()).toBe(`“${before[5]}” moved to position 2 of ${before.length}.`));
    const sent = sentOf('checklist/move-item') as Array<{ id: string; to: number }>;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(1);
    const { data } = (await backend.send('checklist/routine', {})) as { data: Array<{ label: string }> };
    expect(data.map((i) => i.label)).toEqual(steps(section));
  });
});
