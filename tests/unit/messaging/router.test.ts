import { describe, expect, it } from 'vitest';
import { protocol, type MessageType } from '@/lib/messages';
import { classifySender } from '@/lib/messaging/router';
import { CONTENT_SENDER, createTestBackend, EXTENSION_ID, EXTENSION_ORIGIN, PAGE_SENDER, snapshot } from '../../helpers/backend';
import { createRng, randomValue, withProtoKey } from '../../helpers/fuzz';

const opts = { extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN };

describe('sender checks', () => {
  it('tells our pages from our content scripts', () => {
    expect(classifySender(PAGE_SENDER, opts)).toBe('page');
    // The options page open in a tab reports that tab, and is still one of our pages.
    expect(classifySender({ ...PAGE_SENDER, tab: { id: 7, url: PAGE_SENDER.url } }, opts)).toBe('page');
    expect(classifySender(CONTENT_SENDER, opts)).toBe('content');
    expect(classifySender({ id: EXTENSION_ID, url: 'https://www.facebook.com/groups/1', tab: { id: 2 } }, opts)).toBe('content');
  });

  it('refuses other extensions, content scripts on other sites and lookalike hosts', () => {
    expect(classifySender({ id: 'other', url: `${EXTENSION_ORIGIN}options.html` }, opts)).toBeNull();
    expect(classifySender({ id: EXTENSION_ID, url: 'https://evil.example/x.com', tab: { id: 3 } }, opts)).toBeNull();
    expect(classifySender({ id: EXTENSION_ID, url: 'https://x.com.evil.example/', tab: { id: 3 } }, opts)).toBeNull();
    expect(classifySender({ id: EXTENSION_ID, url: 'http://x.com/home', tab: { id: 3 } }, opts)).toBeNull();
    expect(classifySender({ id: EXTENSION_ID, url: 'chrome-extension://someone-else/options.html' }, opts)).toBeNull();
    expect(classifySender({ id: EXTENSION_ID }, opts)).toBeNull();
  });
});

describe('router', () => {
  it('answers {ok:true,data} for a valid request', async () => {
    const { send } = await createTestBackend();
    const result = await send('settings/get', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.brands).toHaveLength(1);
  });

  it('gives no answer at all to another extension', async () => {
    const { route } = await createTestBackend();
    expect(await route({ cmsk: 1, type: 'settings/get', data: {} }, { id: 'other-extension' })).toBeUndefined();
  });

  it('refuses page-only messages from a content script', async () => {
    const { db, send } = await createTestBackend();
    const before = await snapshot(db);
    const result = await send('templates/save', { title: 'x', body: 'y' }, CONTENT_SENDER);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await snapshot(db)).toBe(before);
  });

  it('explains a malformed request in words, with the field that is wrong', async () => {
    const { send } = await createTestBackend();
    const result = await send('templates/save', { title: '', body: 'y' } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-request');
      expect(result.error.message).toMatch(/nothing was changed/);
      expect(result.error.details?.[0]).toEqual({ path: 'title', message: 'is missing' });
    }
  });

  it('answers unknown message types with a clear error', async () => {
    const { route } = await createTestBackend();
    expect(await route({ cmsk: 1, type: 'db/drop', data: {} }, PAGE_SENDER)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await route({ type: 'settings/get' }, PAGE_SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('applies none of 1,000 generated malformed messages', async () => {
    const { db, route } = await createTestBackend();
    const before = await snapshot(db);
    const rng = createRng(20261201);
    const types = [...Object.keys(protocol), 'templates/drop', '__proto__', 'constructor', '', 'settings/get '];
    const writeTypes: MessageType[] = ['settings/save', 'brands/activate', 'templates/save', 'templates/delete', 'backup/import'];
    let answered = 0;
    for (let i = 0; i < 1_000; i++) {
      const variant = i % 5;
      const type = variant < 3 ? rng.pick(writeTypes) : rng.pick(types);
      let message: unknown;
      if (variant === 0) message = { cmsk: 1, type, data: randomValue(rng) };
      else if (variant === 1) message = withProtoKey({ cmsk: 1, type, data: { title: 'x' } }, { polluted: true });
      else if (variant === 2) message = { cmsk: 1, type, data: { backup: randomValue(rng), brandId: randomValue(rng), id: randomValue(rng) } };
      else if (variant === 3) message = randomValue(rng);
      else message = { cmsk: rng.pick([0, 2, '1', null]), type, data: {} };
      const sender = rng.next() < 0.2 ? { ...CONTENT_SENDER, url: 'https://evil.example/' } : PAGE_SENDER;
      const result = await route(message, sender);
      // A message may only succeed when it is valid; a valid read is harmless, a valid write is counted.
      if (result?.ok) {
        expect(['settings/get', 'templates/list', 'backup/export']).toContain((message as { type: string }).type);
      } else {
        answered++;
        expect(result?.error.message).toBeTruthy();
        expect(result?.error.message).not.toMatch(/at \w+ \(|TypeError|undefined/);
      }
    }
    expect(answered).toBeGreaterThan(900);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(db)).toBe(before);
  });
});
