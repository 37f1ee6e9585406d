// Options → "Saved posts" / "Veille": the watch library, its weekly digest and the watch list.

import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { RequestFailed } from '@/lib/messaging/client';
import { clipIndex, libraryVersion, loadClips, loading } from '@/lib/state/clips';
import { t } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import type { MessageKey } from '@/lib/i18n';
import { EmptyState } from '../ui/empty-state';
import { showToast } from '../ui/toast';
import { Digest } from './clips/digest';
import { Library } from './clips/library';
import { WatchEditor } from './clips/watch-editor';
import './clips/clips.css';

const TABS = ['library', 'digest', 'watch'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEYS: Record<Tab, MessageKey> = { library: 'clips.tab.library', digest: 'clips.tab.digest', watch: 'clips.tab.watch' };

export const clipsTab = signal<Tab>('library');

export function ClipsView() {
  useEffect(() => {
    // The benchmark times the library's first rows from here (bench/clips.bench.ts).
    performance.mark('cmsk-clips-view');
    loadClips().catch((error: unknown) => {
      if (error instanceof RequestFailed) showToast(error.error.message, { kind: 'error' });
      else throw error;
    });
  }, []);
  void libraryVersion.value;
  const state = loading.value;
  const tab = clipsTab.value;
  const empty = state?.done === true && clipIndex.size === 0;
  const current = settings.value;
  return (
    <section class="cmsk-stack cmsk-library" aria-labelledby="clips-title">
      <h2 id="clips-title">{t('clips.title')}</h2>
      <div class="cmsk-tabs" role="tablist">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" id={`clips-tab-${name}`} aria-selected={tab === name ? 'true' : 'false'} aria-controls="clips-panel" class="cmsk-tab" onClick={() => (clipsTab.value = name)}>
            {t(TAB_KEYS[name])}
          </button>
        ))}
      </div>
      <div id="clips-panel" role="tabpanel" aria-labelledby={`clips-tab-${tab}`}>
        {tab === 'watch' ? (
          current && <WatchEditor settings={current} />
        ) : state === null ? (
          <p aria-busy="true">{t('common.loading')}</p>
        ) : empty ? (
          <EmptyState title={t('options.empty.clips.title')}>{t('options.empty.clips.body')}</EmptyState>
        ) : tab === 'digest' ? (
          <Digest />
        ) : (
          <Library />
        )}
      </div>
    </section>
  );
}
