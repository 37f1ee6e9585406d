import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerScheduling } from '@/lib/background/alarms';
import { badgeText, refreshBadge } from '@/lib/background/badge';
import { createTestBackend } from '../../helpers/backend';

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

describe('badge', () => {
  it('shows the number of required items left, nothing when none', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(6)).toBe('6');
    expect(badgeText(140)).toBe('99+');
  });

  it('is set when the worker starts, in the accent colour', async () => {
    const { db } = await createTestBackend({ seed: true, now: () => new Date() });
    registerScheduling(() => Promise.resolve(db));
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toMatch(/^\d+$/);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x17, 0x64, 0xc0, 255]);
  });

  it('follows adds, ticks and deletes, and a calendar rendez-vous marked for the list', async () => {
    const clock = { now: new Date('2026-12-01T09:00:00Z') };
    const { db, send } = await createTestBackend({ seed: true, now: () => clock.now });
    expect(await refreshBadge(db, clock.now, 'en')).toBe(6);
    const added = await send('checklist/add', { day: '2026-12-01', label: 'Extra' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7');
    const key = added.ok ? added.data.items.at(-1)!.key : '';
    await send('checklist/remove', { day: '2026-12-01', key });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('6');
    await send('calendar/save', { event: { title: 'Webinar', start: '2026-12-01T15:00', timeZone: 'Europe/Paris', inChecklist: true } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7');
    await send('calendar/save', { event: { title: 'Not on the list', start: '2026-12-01T16:00', timeZone: 'Europe/Paris', inChecklist: false } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7');
  });
});
