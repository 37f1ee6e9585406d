// A content script's first message: settings, the language they resolve to, and only the strings
// the in-page UI shows, once per language.
import { describe, expect, it } from 'vitest';
import { CONTENT_SENDER, createTestBackend } from '../../helpers/backend';

describe('content/start', () => {
  it('answers the settings, the language and the in-page strings, without the options and popup ones', async () => {
    const backend = await createTestBackend();
    const result = await backend.send('content/start', { have: [] }, CONTENT_SENDER);
    if (!result.ok) throw new Error(result.error.message);
    const { settings, locale, catalog } = result.data;
    expect(settings.brands.length).toBeGreaterThan(0);
    expect(['en', 'fr']).toContain(locale);
    const keys = Object.keys(catalog ?? {});
    expect(keys).toContain('clips.save');
    expect(keys).toContain('people.marker');
    expect(keys).toContain('templates.button.label');
    expect(keys).toContain('error.unreachable');
    expect(keys.some((k) => k.startsWith('options.') || k.startsWith('popup.') || k.startsWith('calendar.') || k.startsWith('checklist.'))).toBe(false);
  });

  it('follows the language chosen in Settings, and leaves the strings out when the tab has them', async () => {
    const backend = await createTestBackend();
    const current = await backend.send('settings/get', {});
    if (!current.ok) throw new Error(current.error.message);
    const saved = await backend.send('settings/save', { ...current.data, uiLang: 'fr' });
    expect(saved.ok).toBe(true);
    const first = await backend.send('content/start', { have: ['en'] }, CONTENT_SENDER);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.locale).toBe('fr');
    expect(first.data.catalog?.['clips.save']).toBe('Enregistrer');
    const again = await backend.send('content/start', { have: ['fr'] }, CONTENT_SENDER);
    expect(again.ok && again.data.catalog).toBeNull();
  });

  it('rejects a malformed request and is not answered to extension pages', async () => {
    const backend = await createTestBackend();
    const bad = await backend.send('content/start', { have: ['de'] } as never, CONTENT_SENDER);
    expect(bad.ok).toBe(false);
    const fromPage = await backend.send('content/start', { have: [] });
    expect(fromPage.ok).toBe(false);
  });
});
