// settings/mute-hint: the one settings write content scripts may make. Idempotent, serialised, and
// limited to the catalogue's ids.
import { describe, expect, it } from 'vitest';
import { CONTENT_SENDER, createTestBackend } from '../../helpers/backend';

describe('settings/mute-hint', () => {
  it('adds the id once, from a content script, and keeps the rest of the settings', async () => {
    const { send } = await createTestBackend({ seed: true });
    const before = await send('settings/get', {});
    if (!before.ok) throw new Error(before.error.message);
    const first = await send('settings/mute-hint', { id: 'rep.excess_punct' }, CONTENT_SENDER);
    const again = await send('settings/mute-hint', { id: 'rep.excess_punct' }, CONTENT_SENDER);
    expect(first.ok && first.data.mutedHints).toEqual(['rep.excess_punct']);
    expect(again.ok && again.data.mutedHints).toEqual(['rep.excess_punct']);
    const after = await send('settings/get', {});
    expect(after.ok && { ...after.data, mutedHints: [] }).toEqual({ ...before.data, mutedHints: [] });
  });

  it('loses no id when two mutes arrive together', async () => {
    const { send } = await createTestBackend({ seed: true });
    await Promise.all([send('settings/mute-hint', { id: 'rep.shouting' }, CONTENT_SENDER), send('settings/mute-hint', { id: 'ctx.use_name' }, CONTENT_SENDER)]);
    const after = await send('settings/get', {});
    expect(after.ok && [...after.data.mutedHints].sort()).toEqual(['ctx.use_name', 'rep.shouting']);
  });

  it('refuses an id the catalogue does not have, and content scripts still cannot save settings whole', async () => {
    const { send } = await createTestBackend({ seed: true });
    const unknown = await send('settings/mute-hint', { id: 'rep.nonsense' as 'rep.shouting' }, CONTENT_SENDER);
    expect(unknown.ok ? null : unknown.error.code).toBe('bad-request');
    const settings = await send('settings/get', {});
    if (!settings.ok) throw new Error(settings.error.message);
    const whole = await send('settings/save', { ...settings.data, mutedHints: ['rep.shouting'] }, CONTENT_SENDER);
    expect(whole.ok ? null : whole.error.code).toBe('forbidden');
  });
});
