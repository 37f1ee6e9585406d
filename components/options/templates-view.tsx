// Options → Templates: the CM's reply templates, searchable and filterable by tag, with the editor,
// duplicate, delete with undo, and import/export of templates alone in the backup format.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging/client';
import type { ErrorDetail } from '@/lib/messages';
import type { Template } from '@/lib/schema';
import { locale, t } from '@/lib/state/i18n';
import { activeBrand, settings } from '@/lib/state/settings';
import { loadTemplates, templates } from '@/lib/state/templates';
import { createTemplateIndex } from '@/lib/templates/search';
import { EmptyState } from '../ui/empty-state';
import { ErrorList } from '../ui/error-list';
import { showToast } from '../ui/toast';
import { draftOf, duplicateRequestOf, emptyDraft, type Draft } from './templates/draft';
import { TemplateEditor } from './templates/template-editor';
import { TemplateList } from './templates/template-list';
import { download, planTemplatesImport, templatesFile, templatesFileName } from './templates/transfer';
import './templates/templates.css';

type Editing = { draft: Draft; original: Template | null };
type Problem = { message: string; details: ErrorDetail[] };

async function reload(): Promise<void> {
  try {
    await loadTemplates();
  } catch (error) {
    showToast(error instanceof Error ? error.message : String(error), { kind: 'error' });
  }
}

export function TemplatesView() {
  useEffect(() => void reload(), []);
  const list = templates.value;
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const brands = settings.value?.brands ?? [];

  const index = useMemo(() => createTemplateIndex(list ?? []), [list]);
  const tags = useMemo(() => [...new Set((list ?? []).flatMap((tpl) => tpl.tags))].sort((a, b) => a.localeCompare(b, locale.value)), [list]);
  const shown = useMemo(() => {
    let items: readonly Template[] = list ?? [];
    if (query.trim()) {
      // Relevance only: the options page lists every platform and brand alike.
      const results = index.search(query, { platform: 'x', brandId: null, now: Date.now(), limit: items.length });
      items = results.sort((a, b) => b.score - a.score).map((r) => r.template);
    }
    return tag ? items.filter((tpl) => tpl.tags.includes(tag)) : items;
  }, [list, index, query, tag]);

  if (list === null) return <p aria-busy="true">{t('common.loading')}</p>;

  const fail = (error: { message: string; details?: ErrorDetail[] }) => setProblem({ message: error.message, details: error.details ?? [] });

  const onDelete = async (tpl: Template) => {
    const result = await sendMessage('templates/delete', { id: tpl.id });
    if (!result.ok) return fail(result.error);
    const deleted = result.data.deleted ?? tpl;
    if (editing?.original?.id === tpl.id) setEditing(null);
    await reload();
    showToast(t('templates.view.deleted', { title: tpl.title }), {
      undo: () =>
        void sendMessage('templates/save', deleted).then(async (restored) => {
          if (!restored.ok) return fail(restored.error);
          await reload();
          showToast(t('templates.view.restored', { title: deleted.title }));
        }),
    });
  };

  const onDuplicate = async (tpl: Template) => {
    const result = await sendMessage('templates/save', duplicateRequestOf(tpl, t('templates.view.copyTitle', { title: tpl.title })));
    if (!result.ok) return fail(result.error);
    await reload();
    showToast(t('templates.view.duplicated', { title: result.data.title }));
    setEditing({ draft: draftOf(result.data), original: result.data });
  };

  const onExport = () => {
    const now = new Date();
    const name = templatesFileName(now);
    download(name, JSON.stringify(templatesFile(list, now), null, 2));
    showToast(t('templates.view.exported', { file: name }));
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const plan = planTemplatesImport(await file.text(), file.size);
    if (!plan.ok) return setProblem({ message: t(plan.key, plan.params), details: [] });
    const result = await sendMessage('backup/import', { backup: plan.backup });
    if (!result.ok) return fail(result.error);
    setProblem(null);
    await reload();
    showToast(t('templates.view.imported', { count: result.data.templates }));
  };

  const startNew = () => setEditing({ draft: emptyDraft(activeBrand.value?.lang ?? locale.value), original: null });

  return (
    <section class="cmsk-stack cmsk-tpl-view" aria-labelledby="cmsk-tpl-view-title">
      <div class="cmsk-tpl-view__head">
        <div>
          <h2 id="cmsk-tpl-view-title">{t('templates.view.title')}</h2>
          <p class="cmsk-muted" role="status">
            {shown.length === list.length ? t('templates.view.count', { count: list.length }) : t('templates.view.shown', { shown: shown.length, count: list.length })}
          </p>
        </div>
        <div class="cmsk-row">
          <button type="button" class="cmsk-btn cmsk-btn--primary" onClick={startNew} disabled={editing !== null}>{t('templates.view.new')}</button>
          <button type="button" class="cmsk-btn" onClick={onExport} disabled={list.length === 0}>{t('templates.view.export')}</button>
          <label class="cmsk-btn cmsk-file">
            <span>{t('templates.view.import')}</span>
            <input type="file" accept=".json,application/json" aria-label={t('templates.view.import')} onChange={(e) => void onImport(e.currentTarget)} />
          </label>
        </div>
      </div>
      {problem && (
        <div class="cmsk-stack">
          <p class="cmsk-alert cmsk-alert--error" role="alert">{problem.message}</p>
          <ErrorList title={t('templates.view.importErrors')} errors={problem.details} />
        </div>
      )}
      {editing ? (
        <TemplateEditor
          key={editing.original?.id ?? 'new'}
          initial={editing.draft}
          original={editing.original}
          templates={list}
          brands={brands}
          activeBrand={activeBrand.value}
          myName={settings.value?.myName ?? ''}
          onCancel={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            await reload();
            showToast(t('templates.view.saved'));
          }}
        />
      ) : list.length === 0 ? (
        <EmptyState title={t('options.empty.templates.title')}>{t('options.empty.templates.body')}</EmptyState>
      ) : (
        <>
          <div class="cmsk-row cmsk-tpl-filters">
            <label class="cmsk-field cmsk-tpl-filters__search">
              <span>{t('templates.view.search')}</span>
              <input type="search" value={query} placeholder={t('templates.view.searchPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
            </label>
            <label class="cmsk-field">
              <span>{t('templates.view.tag')}</span>
              <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
                <option value="">{t('templates.view.allTags')}</option>
                {tags.map((x) => <option key={x} value={x}>{x}</option>)}
              </select>
            </label>
          </div>
          {shown.length === 0 ? (
            <div class="cmsk-empty" role="note">
              <p>{t('templates.view.noMatch')}</p>
              <button type="button" class="cmsk-btn" onClick={() => { setQuery(''); setTag(''); }}>{t('templates.view.clearFilters')}</button>
            </div>
          ) : (
            <TemplateList templates={shown} brands={brands} onEdit={(tpl) => setEditing({ draft: draftOf(tpl), original: tpl })} onDuplicate={(tpl) => void onDuplicate(tpl)} onDelete={(tpl) => void onDelete(tpl)} />
          )}
        </>
      )}
    </section>
  );
}
