import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '@/lib/background/badge';
import { checklistDayKey } from '@/lib/db/backup-repo';
import type { TodaySnapshot } from '@/lib/checklist/snapshot';
import type { TodayView } from '@/lib/protocol/checklist';
import { CONTENT_SENDER, createTestBackend, snapshot } from '../../helpers/backend';

// The CM works in Paris; the seeded profile is in English with the default routine.
const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

async function setup(start = '2026-12-01T09:00:00Z') {
  const clock = { now: new Date(start) };
  const backend = await createTestBackend({ seed: true, now: () => clock.now });
  const today = async (): Promise<TodayView> => {
    const r = await backend.send('checklist/today', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  };
  const ok = async <T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  };
  return { ...backend, clock, today, ok };
}

const badge = () => fakeBrowser.action.getBadgeText({});
const keys = (v: TodayView) => v.items.map((i) => i.key);

describe('checklist/today', () => {
  it("lists Tuesday 1 December's routine, ready to render, and sets the badge", async () => {
    const { today } = await setup();
    const view = await today();
    expect(view.day).toBe('2026-12-01');
    // Nine daily steps and the monthly audit of the 1st; no weekly step falls on a Tuesday.
    expect(view.items).toHaveLength(10);
    expect(view.items[0]).toMatchObject({ key: 'routine-watch', label: 'Morning watch: sector and competitors', required: true, done: false, kind: 'routine' });
    expect(view.items.find((i) => i.key === 'routine-audit')).toMatchObject({ required: false });
    expect(view.remaining).toBe(6);
    expect(view.required).toBe(6);
    expect(view.brands).toEqual([{ id: 'brand-default', name: 'My brand' }]);
    expect(await badge()).toBe('6');
  });

  it("on Monday lists the week's team point and the starter rendez-vous at 10:00", async () => {
    const { today } = await setup('2026-12-07T07:00:00Z');
    const view = await today();
    expect(keys(view)).toContain('routine-team');
    const book = view.items.find((i) => i.kind === 'event');
    expect(book).toMatchObject({ key: 'event:example-book-of-the-week:2026-12-07T10:00', label: 'Book of the week', time: '10:00', required: true });
  });

  it('keeps the day open until the day-start hour: 03:30 in Paris is still yesterday', async () => {
    const { today } = await setup('2026-12-02T02:30:00Z');
    expect((await today()).day).toBe('2026-12-01');
  });
});

describe('ticking', () => {
  it('persists at once, counts down the badge, and survives a new request', async () => {
    const { send, today, ok } = await setup();
    const view = await ok(send('checklist/toggle', { day: '2026-12-01', key: 'routine-watch', done: true }));
    expect(view.remaining).toBe(5);
    expect(await badge()).toBe('5');
    expect((await today()).items.find((i) => i.key === 'routine-watch')?.done).toBe(true);
    await ok(send('checklist/toggle', { day: '2026-12-01', key: 'routine-watch', done: false }));
    expect(await badge()).toBe('6');
  });

  it('empties the badge when every required item is done', async () => {
    const { send, today, ok } = await setup();
    for (const item of (await today()).items.filter((i) => i.required)) await ok(send('checklist/toggle', { day: '2026-12-01', key: item.key, done: true }));
    expect(await badge()).toBe('');
  });

  it('does not apply a tick sent for a day that has ended; the answer is the new day', async () => {
    const { send, ok, clock, db } = await setup();
    await ok(send('checklist/today', {}));
    clock.now = new Date('2026-12-02T09:00:00Z');
    const view = await ok(send('checklist/toggle', { day: '2026-12-01', key: 'routine-watch', done: true }));
    expect(view.day).toBe('2026-12-02');
    expect(view.items.every((i) => !i.done)).toBe(true);
    expect((await db.get('checklistDays', checklistDayKey({ day: '2026-12-02', brand: 'brand-default' })))?.done ?? {}).toEqual({});
  });

  it('refuses a key that is not on the list, and writes nothing', async () => {
    const { send, db, today } = await setup();
    await today();
    const before = await snapshot(db);
    const r = await send('checklist/toggle', { day: '2026-12-01', key: 'routine-team', done: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await snapshot(db)).toBe(before);
  });
});

describe('a new day', () => {
  it('starts over and closes the previous day into history', async () => {
    const { send, today, ok, clock } = await setup();
    await ok(send('checklist/toggle', { day: '2026-12-01', key: 'routine-watch', done: true }));
    await ok(send('checklist/toggle', { day: '2026-12-01', key: 'routine-audit', done: true }));
    clock.now = new Date('2026-12-02T06:00:00Z');
    const view = await today();
    expect(view.day).toBe('2026-12-02');
    expect(view.items.some((i) => i.done)).toBe(false);
    const history = await ok(send('checklist/history', {}));
    expect(history.days).toEqual([{ day: '2026-12-01', required: 6, requiredDone: 1, optional: 4, optionalDone: 1, ratio: 1 / 6, complete: false }]);
    expect(history.streak).toBe(0);
  });

  it('the day-start alarm closes the day without the popup being opened', async () => {
    const { send, ok, clock, db } = await setup();
    await ok(send('checklist/toggle', { day: '2026-12-01', key: 'routine-watch', done: true }));
    const alarm = await fakeBrowser.alarms.get('checklist:day-start');
    // 04:00 in Paris on 2 December.
    expect(alarm?.scheduledTime).toBe(Date.parse('2026-12-02T03:00:00Z'));
    clock.now = new Date('2026-12-02T03:00:00Z');
    const { handleAlarm } = await import('@/lib/background/alarms');
    await handleAlarm(db, { name: 'checklist:day-start' }, clock.now);
    const closed = await db.get('checklistDays', checklistDayKey({ day: '2026-12-01', brand: 'brand-default' }));
    expect(closed?.closed).toBe(true);
    expect(closed?.items).toHaveLength(10);
    expect(await badge()).toBe('6');
    expect((await fakeBrowser.alarms.get('checklist:day-start'))?.scheduledTime).toBe(Date.parse('2026-12-03T03:00:00Z'));
  });

  it('counts a streak of fully completed days', async () => {
    const { send, today, ok, clock } = await setup();
    for (const day of ['2026-12-01', '2026-12-02']) {
      clock.now = new Date(`${day}T09:00:00Z`);
      for (const item of (await today()).items.filter((i) => i.required)) await ok(send('checklist/toggle', { day, key: item.key, done: true }));
    }
    clock.now = new Date('2026-12-03T09:00:00Z');
    const history = await ok(send('checklist/history', {}));
    expect(history.streak).toBe(2);
    expect(history.days.map((d) => [d.day, d.complete])).toEqual([['2026-12-02', true], ['2026-12-01', true]]);
  });
});

describe('editing the day', () => {
  it('adds an item for today only, edits it, deletes it and puts it back', async () => {
    const { send, ok, clock, today } = await setup();
    let view = await ok(send('checklist/add', { day: '2026-12-01', label: 'Answer the webinar questions' }));
    const added = view.items.at(-1)!;
    expect(added).toMatchObject({ label: 'Answer the webinar questions', kind: 'once', required: true });
    expect(view.remaining).toBe(7);
    view = await ok(send('checklist/edit', { day: '2026-12-01', key: added.key, label: 'Answer the questions', why: 'They asked live' }));
    expect(view.items.find((i) => i.key === added.key)).toMatchObject({ label: 'Answer the questions', why: 'They asked live' });
    const removed = await ok(send('checklist/remove', { day: '2026-12-01', key: added.key }));
    expect(removed.deleted?.label).toBe('Answer the questions');
    expect(keys(removed.today)).not.toContain(added.key);
    view = await ok(send('checklist/restore', { day: '2026-12-01', key: added.key, item: removed.deleted }));
    expect(keys(view)).toContain(added.key);
    clock.now = new Date('2026-12-02T09:00:00Z');
    expect(keys(await today())).not.toContain(added.key);
  });

  it('takes a routine step off today only, with undo', async () => {
    const { send, ok, clock, today } = await setup();
    const removed = await ok(send('checklist/remove', { day: '2026-12-01', key: 'routine-mentions' }));
    expect(removed.deleted).toBeNull();
    expect(keys(removed.today)).not.toContain('routine-mentions');
    expect(keys(await ok(send('checklist/restore', { day: '2026-12-01', key: 'routine-mentions', item: null })))).toContain('routine-mentions');
    await ok(send('checklist/remove', { day: '2026-12-01', key: 'routine-mentions' }));
    clock.now = new Date('2026-12-02T09:00:00Z');
    expect(keys(await today())).toContain('routine-mentions');
  });

  it('reorders today with move up / move down, and keeps the order', async () => {
    const { send, ok, today } = await setup();
    const first = keys(await today());
    const moved = await ok(send('checklist/move', { day: '2026-12-01', key: first[1]!, direction: 'up' }));
    expect(keys(moved).slice(0, 2)).toEqual([first[1], first[0]]);
    expect(keys(await today()).slice(0, 2)).toEqual([first[1], first[0]]);
    // The last one cannot go further down.
    expect(keys(await ok(send('checklist/move', { day: '2026-12-01', key: first.at(-1)!, direction: 'down' })))).toEqual(keys(moved));
    // An item added afterwards goes at the end, the CM's order stays.
    const added = await ok(send('checklist/add', { day: '2026-12-01', label: 'Extra' }));
    expect(keys(added).slice(0, 2)).toEqual([first[1], first[0]]);
    expect(added.items.at(-1)?.label).toBe('Extra');
  });

  it('moves an item to the index a drag dropped it at, clamped to the list, and keeps that order', async () => {
    const { send, ok, today } = await setup();
    const first = keys(await today());
    const moved = await ok(send('checklist/move', { day: '2026-12-01', key: first[0]!, to: 3 }));
    expect(keys(moved)).toEqual([first[1], first[2], first[3], first[0], ...first.slice(4)]);
    expect(keys(await today())).toEqual(keys(moved));
    // Past the end means last; a drop where it already is changes nothing.
    const last = await ok(send('checklist/move', { day: '2026-12-01', key: first[1]!, to: 500 }));
    expect(keys(last).at(-1)).toBe(first[1]);
    expect(keys(await ok(send('checklist/move', { day: '2026-12-01', key: first[1]!, to: first.length - 1 })))).toEqual(keys(last));
  });

  it('refuses a move that is neither one step nor one index, and a drop on a day that has ended', async () => {
    const { send, ok, today, clock } = await setup();
    const before = keys(await today());
    for (const data of [
      { day: '2026-12-01', key: before[0]!, to: -1 },
      { day: '2026-12-01', key: before[0]!, to: 1.5 },
      { day: '2026-12-01', key: before[0]!, to: '2' },
      { day: '2026-12-01', key: before[0]!, to: 2, direction: 'down' },
      { day: '2026-12-01', key: before[0]! },
    ]) {
      expect(await send('checklist/move', data as never), JSON.stringify(data)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    clock.now = new Date('2026-12-02T09:00:00Z');
    const next = await ok(send('checklist/move', { day: '2026-12-01', key: before[0]!, to: 3 }));
    expect(next.day).toBe('2026-12-02');
    expect(keys(next)[0]).toBe(before[0]);
  });

  it('refuses to edit a calendar rendez-vous from the list', async () => {
    const { send } = await setup('2026-12-07T07:00:00Z');
    const r = await send('checklist/edit', { day: '2026-12-07', key: 'event:example-book-of-the-week:2026-12-07T10:00', label: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', message: 'Calendar rendez-vous are edited in the calendar.' } });
  });
});

describe("the popup's snapshot of today", () => {
  const stored = async () => (await fakeBrowser.storage.session.get('checklist:today'))['checklist:today'] as TodaySnapshot | undefined;

  it('is the list the background answers with, after every change, until the next day start', async () => {
    const { send, ok, today } = await setup();
    const view = await today();
    expect(await stored()).toEqual({ v: 1, view, dayStartHour: 4, until: Date.parse('2026-12-02T03:00:00Z'), dayLabels: { en: 'Tuesday, December 1', fr: 'mardi 1 décembre' } });
    const ticked = await ok(send('checklist/toggle', { day: '2026-12-01', key: 'routine-watch', done: true }));
    expect((await stored())?.view).toEqual(ticked);
    const moved = await ok(send('checklist/move', { day: '2026-12-01', key: 'routine-watch', to: 2 }));
    expect((await stored())?.view).toEqual(moved);
  });

  it('follows changes made outside the list: a follow-up from a post, a routine step, a calendar rendez-vous', async () => {
    const { send, ok, today } = await setup();
    await ok(send('checklist/add-follow-up', { label: 'Reply to @karim', url: 'https://x.com/karim/status/1864' }, CONTENT_SENDER));
    expect((await stored())?.view).toEqual(await today());
    await ok(send('checklist/save-item', { item: { label: 'Newsletter', why: '', required: true, brand: null, recurrence: { kind: 'daily' } } }));
    expect((await stored())?.view.items.map((i) => i.label)).toContain('Newsletter');
    await ok(send('calendar/save', { event: { title: 'Webinar', start: '2026-12-01T15:00', timeZone: 'Europe/Paris', inChecklist: true } }));
    expect((await stored())?.view.items.map((i) => i.label)).toContain('Webinar');
  });

  it('is rewritten by the badge refresh that follows a new day start hour or another brand', async () => {
    const { db, send, ok, clock } = await setup();
    const settings = await ok(send('settings/get', {}));
    await ok(send('settings/save', { ...settings, dayStartHour: 13, brands: [...settings.brands, { id: 'acme', name: 'Acme', lang: 'fr', register: 'tu', signature: '' }] }));
    await refreshBadge(db, clock.now, 'en');
    // 10:00 in Paris with the day starting at 13:00: still Monday 30 November.
    expect(await stored()).toMatchObject({ dayStartHour: 13, until: Date.parse('2026-12-01T12:00:00Z'), view: { day: '2026-11-30' } });
    expect((await stored())?.view.brands.map((b) => b.id)).toEqual(['brand-default', 'acme']);
  });
});

describe('checklist/add-follow-up', () => {
  it('comes from a content script, is required, links to the post, and is added once', async () => {
    const { send, ok, today } = await setup();
    const request = { label: 'Reply to @karim (angry)', url: 'https://x.com/karim/status/1864' };
    const first = await ok(send('checklist/add-follow-up', request, CONTENT_SENDER));
    expect(first.remaining).toBe(7);
    const again = await ok(send('checklist/add-follow-up', request, CONTENT_SENDER));
    expect(again.item.id).toBe(first.item.id);
    const view = await today();
    expect(view.items[0]).toMatchObject({ kind: 'follow-up', label: request.label, url: request.url, required: true });
    expect(view.items.filter((i) => i.kind === 'follow-up')).toHaveLength(1);
    expect(await badge()).toBe('7');
  });

  it('refuses a link that is not https', async () => {
    const { send } = await setup();
    expect(await send('checklist/add-follow-up', { label: 'x', url: 'javascript:alert(1)' }, CONTENT_SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('is the only checklist message a content script may send', async () => {
    const { send } = await setup();
    expect(await send('checklist/toggle', { day: '2026-12-01', key: 'routine-watch', done: true }, CONTENT_SENDER)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the routine', () => {
  it('adds a weekly step at the end, reorders, deletes and restores it', async () => {
    const { send, ok } = await setup();
    const before = await ok(send('checklist/routine', {}));
    expect(before.every((i) => i.recurrence.kind !== 'once')).toBe(true);
    const saved = await ok(send('checklist/save-item', { item: { label: 'Newsletter', why: '', required: false, brand: null, recurrence: { kind: 'weekly', days: ['TU'] } } }));
    let list = await ok(send('checklist/routine', {}));
    expect(list.at(-1)?.id).toBe(saved.id);
    list = await ok(send('checklist/move-item', { id: saved.id, direction: 'up' }));
    expect(list.at(-2)?.id).toBe(saved.id);
    // Dragged to the top: orders are rewritten in steps of 10, and the routine reads back in that order.
    list = await ok(send('checklist/move-item', { id: saved.id, to: 0 }));
    expect(list[0]?.id).toBe(saved.id);
    expect(list.map((i) => i.order)).toEqual(list.map((_, i) => (i + 1) * 10));
    expect((await ok(send('checklist/routine', {}))).map((i) => i.id)).toEqual(list.map((i) => i.id));
    expect(await send('checklist/move-item', { id: saved.id, to: -3 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((await ok(send('checklist/today', {}))).items.some((i) => i.key === saved.id)).toBe(true);
    const { deleted } = await ok(send('checklist/delete-item', { id: saved.id }));
    expect((await ok(send('checklist/routine', {}))).some((i) => i.id === saved.id)).toBe(false);
    await ok(send('checklist/restore-item', { item: deleted! }));
    expect((await ok(send('checklist/routine', {}))).some((i) => i.id === saved.id)).toBe(true);
  });
});
