// The CM's watch list: terms highlighted in the page, and competitor accounts that tag saves.

import { useState } from 'preact/hooks';
import { RequestFailed } from '@/lib/messaging/client';
import type { Settings } from '@/lib/schema/settings';
import { t } from '@/lib/state/i18n';
import { saveSettings } from '@/lib/state/settings';
import { showToast } from '../../ui/toast';

/** "@cafe_lumiere = Café Lumière" per line; the line numbers of those that are not. */
export function parseWatchList(text: string): { list: Settings['watchList']; bad: number[] } {
  const list: Settings['watchList'] = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = line.indexOf('=');
    const handle = line.slice(0, at).trim();
    const competitor = line.slice(at + 1).trim();
    if (at < 0 || !handle || !competitor) bad.push(i + 1);
    else list.push({ handle: handle.slice(0, 500), competitor: competitor.slice(0, 500) });
  });
  return { list, bad };
}

export function parseTerms(text: string): string[] {
  return [...new Set(text.split('\n').map((s) => s.trim()).filter(Boolean))].map((s) => s.slice(0, 500)).slice(0, 500);
}

export function WatchEditor({ settings }: { settings: Settings }) {
  const [terms, setTerms] = useState(settings.watchTerms.join('\n'));
  const [list, setList] = useState(settings.watchList.map((w) => `${w.handle} = ${w.competitor}`).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const parsed = parseWatchList(list);
    if (parsed.bad.length) {
      setError(t('clips.watch.invalid', { line: parsed.bad[0] ?? 0 }));
      return;
    }
    try {
      await saveSettings({ ...settings, watchTerms: parseTerms(terms), watchList: parsed.list.slice(0, 1000) });
      setError(null);
      showToast(t('clips.watch.saved'));
    } catch (err) {
      if (err instanceof RequestFailed) setError(err.error.message);
      else throw err;
    }
  };
  return (
    <form class="cmsk-stack" onSubmit={(e) => void onSubmit(e)} noValidate>
      <label class="cmsk-field">
        <span>{t('clips.watch.terms')}</span>
        <textarea rows={6} value={terms} onInput={(e) => setTerms(e.currentTarget.value)} aria-describedby="watch-terms-help" />
        <small id="watch-terms-help" class="cmsk-muted">{t('clips.watch.terms.help')}</small>
      </label>
      <label class="cmsk-field">
        <span>{t('clips.watch.list')}</span>
        <textarea rows={6} value={list} onInput={(e) => setList(e.currentTarget.value)} aria-describedby="watch-list-help" />
        <small id="watch-list-help" class="cmsk-muted">{t('clips.watch.list.help')}</small>
      </label>
      {error && <p class="cmsk-alert cmsk-alert--error" role="alert">{error}</p>}
      <div>
        <button type="submit" class="cmsk-btn cmsk-btn--primary">{t('clips.watch.save')}</button>
      </div>
    </form>
  );
}
