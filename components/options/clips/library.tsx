// The list of saved posts: search and filters, bulk actions, exports, and the virtualised list.

import { useState } from 'preact/hooks';
import { clipsToCsv, CSV_COLUMNS, type CsvColumn } from '@/lib/clips/csv';
import { RequestFailed } from '@/lib/messaging/client';
import type { ClipDetails, ClipSummary } from '@/lib/protocol/clips';
import { clipIndex, deleteClips, exportJson, libraryVersion, loading, restoreClips, results, selection, toggleSelected, updateClips } from '@/lib/state/clips';
import { t } from '@/lib/state/i18n';
import { EmptyState } from '../../ui/empty-state';
import { showToast } from '../../ui/toast';
import { ClipEditor } from './clip-editor';
import { ClipRow } from './clip-row';
import { downloadFile, stampedName } from './download';
import { FilterBar } from './filter-bar';
import { VirtualList } from './virtual-list';

export const ROW_HEIGHT = 150;

function csvTitles(): Record<CsvColumn, string> {
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`clips.csv.${c}`)])) as Record<CsvColumn, string>;
}

async function guarded(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof RequestFailed) showToast(error.error.message, { kind: 'error' });
    else throw error;
  }
}

export function Library() {
  void libraryVersion.value;
  const list = results.value;
  const selected = selection.value;
  const [editing, setEditing] = useState<ClipSummary | null>(null);
  const [bulkTag, setBulkTag] = useState('');
  const state = loading.value;
  const competitors = clipIndex.competitors();
  const scope = (): ClipSummary[] => (selected.size ? list.filter((c) => selected.has(c.id)) : list);

  const remove = (ids: string[]) =>
    guarded(async () => {
      const deleted = await deleteClips(ids);
      showToast(t('clips.deleted', { count: deleted.length }), { undo: () => void guarded(async () => { await restoreClips(deleted); showToast(t('clips.restored')); }) });
    });
  const save = (clip: ClipSummary, details: ClipDetails) =>
    guarded(async () => {
      await updateClips([clip.id], details);
      setEditing(null);
      showToast(t('clips.updated'));
    });
  const addTag = () =>
    guarded(async () => {
      const tag = bulkTag.trim();
      if (!tag || selected.size === 0) return;
      const updated = await updateClips([...selected], {}, [tag]);
      setBulkTag('');
      showToast(t('clips.tagged', { count: updated.length }));
    });
  const exportCsv = () => {
    const clips = scope();
    downloadFile(stampedName('cm-sidekick-veille', 'csv'), 'text/csv;charset=utf-8', clipsToCsv(clips, csvTitles()));
    showToast(t('clips.export.done', { count: clips.length }));
  };
  const exportAsJson = () =>
    guarded(async () => {
      const backup = await exportJson(scope().map((c) => c.id));
      downloadFile(stampedName('cm-sidekick-veille', 'json'), 'application/json', JSON.stringify(backup, null, 2));
      showToast(t('clips.export.done', { count: backup.clips.length }));
    });

  const allShownSelected = list.length > 0 && list.every((c) => selected.has(c.id));
  return (
    <div class="cmsk-stack">
      <FilterBar competitors={competitors} tags={clipIndex.tags()} />
      <div class="cmsk-row cmsk-library__bar">
        <label class="cmsk-field--inline">
          <input type="checkbox" checked={allShownSelected} disabled={list.length === 0} onChange={(e) => (selection.value = e.currentTarget.checked ? new Set(list.map((c) => c.id)) : new Set())} />
          <span>{t('clips.selectAll', { count: list.length })}</span>
        </label>
        <span class="cmsk-muted" role="status">
          {state && !state.done ? t('clips.loadingMore', { loaded: state.loaded }) : t('clips.count', { shown: list.length, total: clipIndex.size })}
        </span>
        <span class="cmsk-library__spacer" />
        <button type="button" class="cmsk-btn" onClick={exportCsv} disabled={list.length === 0} title={t('clips.export.scope')}>{t('clips.export.csv')}</button>
        <button type="button" class="cmsk-btn" onClick={() => void exportAsJson()} disabled={list.length === 0} title={t('clips.export.scope')}>{t('clips.export.json')}</button>
      </div>
      {selected.size > 0 && (
        <div class="cmsk-row cmsk-library__bulk" role="group" aria-label={t('clips.selected', { count: selected.size })}>
          <strong>{t('clips.selected', { count: selected.size })}</strong>
          <label class="cmsk-field--inline">
            <span class="cmsk-visually-hidden">{t('clips.bulk.tag')}</span>
            <input type="text" value={bulkTag} placeholder={t('clips.bulk.tag')} maxLength={100} onInput={(e) => setBulkTag(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && void addTag()} />
          </label>
          <button type="button" class="cmsk-btn" onClick={() => void addTag()} disabled={!bulkTag.trim()}>{t('clips.bulk.addTag')}</button>
          <button type="button" class="cmsk-btn" onClick={() => void remove([...selected])}>{t('clips.bulk.delete')}</button>
          <button type="button" class="cmsk-btn cmsk-btn--link" onClick={() => (selection.value = new Set())}>{t('clips.bulk.clear')}</button>
        </div>
      )}
      {list.length === 0 ? (
        <EmptyState title={t('clips.noResults.title')}>{t('clips.noResults.body')}</EmptyState>
      ) : (
        <VirtualList
          items={list}
          rowHeight={ROW_HEIGHT}
          label={t('clips.tab.library')}
          keyOf={(c) => c.id}
          render={(clip) => (
            <ClipRow clip={clip} selected={selected.has(clip.id)} onSelect={(on) => toggleSelected(clip.id, on)} onEdit={() => setEditing(clip)} onDelete={() => void remove([clip.id])} />
          )}
        />
      )}
      {editing && <ClipEditor clip={editing} competitors={competitors} onClose={() => setEditing(null)} onSave={(d) => void save(editing, d)} />}
    </div>
  );
}
