import { useEffect, useMemo, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { allTags, filterPeople, NO_PEOPLE_FILTERS, peopleCsv, type PeopleFilters } from '@/lib/people/people-table';
import type { Segment } from '@/lib/people/segment';
import type { PersonUpsert } from '@/lib/protocol/people';
import { SegmentSchema, type Author } from '@/lib/schema/author';
import type { Site } from '@/lib/schema/common';
import { t } from '@/lib/state/i18n';
import { EmptyState } from '../ui/empty-state';
import { showToast } from '../ui/toast';
import { downloadFile, stampedName } from './clips/download';
import { PersonRow } from './people/person-row';
import './people/people.css';

const errorText = (e: unknown) => t('people.error', { message: e instanceof Error ? e.message : String(e) });

/** "People": everyone the CM noted or answered; search, filter, edit, merge, delete, export. */
export function PeopleView() {
  const [people, setPeople] = useState<Author[] | null>(null);
  const [filters, setFilters] = useState<PeopleFilters>(NO_PEOPLE_FILTERS);
  const [error, setError] = useState<string | null>(null);
  const load = () => request('people/list', {}).then((r) => setPeople(r.people), (e: unknown) => setError(errorText(e)));
  useEffect(() => void load(), []);
  const shown = useMemo(() => filterPeople(people ?? [], filters), [people, filters]);
  const tags = useMemo(() => allTags(people ?? []), [people]);

  if (error) return <p class="cmsk-alert cmsk-alert--error" role="alert">{error}</p>;
  if (people === null) return <p aria-busy="true">{t('common.loading')}</p>;

  const set = (patch: Partial<PeopleFilters>) => setFilters({ ...filters, ...patch });
  const save = async (patch: PersonUpsert) => {
    try {
      await request('people/upsert', patch);
      await load();
    } catch (e) {
      showToast(errorText(e), { kind: 'error' });
    }
  };
  const remove = async (p: Author) => {
    try {
      const { deleted } = await request('people/delete', { ids: [p.id] });
      await load();
      // Undo is a re-upsert of the record as it was, timeline included.
      showToast(t('people.deleted', { name: p.displayName || p.key }), {
        undo: () => void Promise.all(deleted.map((d) => request('people/upsert', { site: d.site, key: d.key, displayName: d.displayName, firstName: d.firstName, segment: d.segment, tags: d.tags, note: d.note, interactions: d.interactions }))).then(load),
      });
    } catch (e) {
      showToast(errorText(e), { kind: 'error' });
    }
  };
  const merge = async (from: Author, intoId: string) => {
    try {
      const { person } = await request('people/merge', { from: from.id, into: intoId });
      await load();
      showToast(t('people.merged', { from: from.displayName || from.key, into: person.displayName || person.key }));
    } catch (e) {
      showToast(errorText(e), { kind: 'error' });
    }
  };
  const exportCsv = () => {
    const headings = ['id', t('people.col.site'), 'key', t('people.col.name'), t('people.field.firstName'), t('people.col.segment'), t('people.col.tags'), t('people.col.note'), t('people.col.interactions'), t('people.col.last')];
    downloadFile(stampedName('people', 'csv'), 'text/csv;charset=utf-8', peopleCsv(shown, headings));
  };

  return (
    <div class="cmsk-people cmsk-stack">
      <h2>{t('people.title')}</h2>
      <p class="cmsk-muted">{t('people.intro')}</p>
      <div class="cmsk-filters" role="search">
        <label class="cmsk-field">
          <span>{t('people.search')}</span>
          <input type="search" value={filters.query} placeholder={t('people.search.placeholder')} onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
        <label class="cmsk-field">
          <span>{t('people.filter.segment')}</span>
          <select value={filters.segment ?? ''} onChange={(e) => set({ segment: (e.currentTarget.value || null) as Segment | null })}>
            <option value="">{t('people.filter.any')}</option>
            {SegmentSchema.options.map((s) => <option key={s} value={s}>{t(`people.segment.${s}`)}</option>)}
          </select>
        </label>
        <label class="cmsk-field">
          <span>{t('people.filter.tag')}</span>
          <select value={filters.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
            <option value="">{t('people.filter.any')}</option>
            {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </label>
        <label class="cmsk-field">
          <span>{t('people.filter.site')}</span>
          <select value={filters.site ?? ''} onChange={(e) => set({ site: (e.currentTarget.value || null) as Site | null })}>
            <option value="">{t('people.filter.any')}</option>
            <option value="x">X</option>
            <option value="facebook">Facebook</option>
          </select>
        </label>
        <button type="button" class="cmsk-btn" onClick={exportCsv} disabled={shown.length === 0}>{t('people.export')}</button>
      </div>
      {people.length === 0 ? (
        <EmptyState title={t('people.title')}>{t('people.empty')}</EmptyState>
      ) : (
        <>
          <p class="cmsk-muted" aria-live="polite">{t('people.count', { shown: shown.length, total: people.length })}</p>
          <table class="cmsk-people__table">
            <thead>
              <tr>
                <th scope="col">{t('people.col.name')}</th>
                <th scope="col">{t('people.col.site')}</th>
                <th scope="col">{t('people.col.segment')}</th>
                <th scope="col">{t('people.col.tags')}</th>
                <th scope="col">{t('people.col.note')}</th>
                <th scope="col">{t('people.col.interactions')}</th>
                <th scope="col"><span class="cmsk-visually-hidden">{t('people.edit')}</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <PersonRow key={`${p.id}-${p.updatedAt}`} person={p} others={people.filter((o) => o.id !== p.id)} onSave={save} onDelete={() => void remove(p)} onMerge={(into) => void merge(p, into)} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
