import { describe, expect, it } from 'vitest';
import { CONTENT_SENDER, createTestBackend, PAGE_SENDER } from '../../helpers/backend';

async function withTemplate() {
  let clock = new Date('2026-12-01T09:00:00Z');
  const backend = await createTestBackend({ now: () => clock });
  const saved = await backend.send('templates/save', { title: 'Colis en retard', body: 'Bonjour {{author.firstName|à vous}} !' });
  if (!saved.ok) throw new Error(saved.error.message);
  const usage = async () => {
    const list = await backend.send('templates/list', {});
    if (!list.ok) throw new Error(list.error.message);
    return list.data.find((t) => t.id === saved.data.id)?.usage;
  };
  return { ...backend, id: saved.data.id, usage, tick: (at: string) => (clock = new Date(at)) };
}

describe('templates/used', () => {
  it('counts an insertion and stamps when it happened', async () => {
    const { send, id, usage, tick } = await withTemplate();
    tick('2026-12-02T10:30:00Z');
    expect(await send('templates/used', { id, useId: 'use-1' }, CONTENT_SENDER)).toEqual({ ok: true, data: { counted: true } });
    expect(await usage()).toEqual({ count: 1, lastUsedAt: '2026-12-02T10:30:00.000Z' });
    expect(await send('templates/used', { id, useId: 'use-2' }, CONTENT_SENDER)).toEqual({ ok: true, data: { counted: true } });
    expect((await usage())?.count).toBe(2);
  });

  it('counts a message delivered twice once, even when both arrive together', async () => {
    const { send, id, usage } = await withTemplate();
    const [first, second] = await Promise.all([send('templates/used', { id, useId: 'same' }, CONTENT_SENDER), send('templates/used', { id, useId: 'same' }, CONTENT_SENDER)]);
    expect([first, second].filter((r) => r.ok && r.data.counted)).toHaveLength(1);
    expect(await send('templates/used', { id, useId: 'same' }, CONTENT_SENDER)).toEqual({ ok: true, data: { counted: false } });
    expect((await usage())?.count).toBe(1);
  });

  it('counts nothing for a template deleted meanwhile, and creates no record', async () => {
    const { send } = await withTemplate();
    expect(await send('templates/used', { id: 'gone', useId: 'u' }, CONTENT_SENDER)).toEqual({ ok: true, data: { counted: false } });
    const list = await send('templates/list', {});
    expect(list.ok && list.data.map((t) => t.id)).not.toContain('gone');
  });

  it('keeps the usage when the CM edits the template afterwards', async () => {
    const { send, id, usage } = await withTemplate();
    await send('templates/used', { id, useId: 'u1' }, CONTENT_SENDER);
    await send('templates/save', { id, title: 'Colis en retard (modifié)', body: 'Bonjour !' });
    expect((await usage())?.count).toBe(1);
  });

  it('is only for content scripts, and checks its input', async () => {
    const { send, id, usage } = await withTemplate();
    expect(await send('templates/used', { id, useId: 'u' }, PAGE_SENDER)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('templates/used', { id, useId: '' }, CONTENT_SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await send('templates/used', { id } as never, CONTENT_SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((await usage())?.count).toBe(0);
  });
});
