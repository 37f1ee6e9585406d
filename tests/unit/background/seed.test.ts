import { describe, expect, it } from 'vitest';
import { seedFirstRun } from '@/lib/background/seed';
import { openDb } from '@/lib/db/open';
import { getSettings } from '@/lib/db/settings-repo';

const ctx = { now: new Date('2026-12-01T09:00:00Z'), locale: 'fr' as const, timeZone: 'Europe/Paris' };

describe('first run', () => {
  it('installs settings in the browser language, example templates, rendez-vous and routine', async () => {
    const db = await openDb(`seed-${Math.random()}`);
    await seedFirstRun(db, ctx);
    expect((await getSettings(db))?.brands[0]).toMatchObject({ name: 'Ma marque', lang: 'fr', register: 'vous' });
    const templates = await db.getAll('templates');
    expect(templates.length).toBeGreaterThanOrEqual(7);
    expect(templates.every((t) => t.example)).toBe(true);
    const events = await db.getAll('calendar');
    expect(events.map((e) => e.rrule).sort()).toEqual(['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=SA']);
    expect((await db.getAll('checklistItems')).length).toBeGreaterThanOrEqual(5);
  });

  it('runs once: a CM who edited or deleted an example does not get it back', async () => {
    const db = await openDb(`seed-${Math.random()}`);
    await seedFirstRun(db, ctx);
    const [first, second] = await db.getAll('templates');
    await db.put('templates', { ...first!, title: 'Ma version' });
    await db.delete('templates', second!.id);
    await seedFirstRun(db, ctx);
    expect((await db.get('templates', first!.id))?.title).toBe('Ma version');
    expect(await db.get('templates', second!.id)).toBeUndefined();
  });

  it('a run cut short is completed next time without overwriting what was already there', async () => {
    const db = await openDb(`seed-${Math.random()}`);
    await seedFirstRun(db, ctx);
    const [first] = await db.getAll('templates');
    await db.put('templates', { ...first!, title: 'Ma version' });
    // As if the worker had been stopped before the flag was written.
    await db.delete('meta', 'seeded');
    await seedFirstRun(db, ctx);
    expect((await db.get('templates', first!.id))?.title).toBe('Ma version');
    expect(await db.get('meta', 'seeded')).toBe(1);
  });
});
