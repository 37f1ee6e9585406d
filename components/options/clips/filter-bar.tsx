import type { LibraryFilters } from '@/lib/state/clips';
import { filters, NO_FILTERS, query } from '@/lib/state/clips';
import { t } from '@/lib/state/i18n';
import type { Site } from '@/lib/schema/common';

export function FilterBar({ competitors, tags }: { competitors: readonly string[]; tags: readonly string[] }) {
  const f = filters.value;
  const patch = (p: Partial<LibraryFilters>) => (filters.value = { ...f, ...p });
  const active = query.value !== '' || Object.values(f).some((v) => v !== null);
  return (
    <div class="cmsk-filters" role="search">
      <label class="cmsk-field cmsk-filters__search">
        <span>{t('clips.search')}</span>
        <input type="search" value={query.value} placeholder={t('clips.search.placeholder')} onInput={(e) => (query.value = e.currentTarget.value)} />
      </label>
      <label class="cmsk-field">
        <span>{t('clips.filter.site')}</span>
        <select value={f.site ?? ''} onChange={(e) => patch({ site: (e.currentTarget.value || null) as Site | null })}>
          <option value="">{t('clips.filter.any')}</option>
          <option value="x">{t('clips.site.x')}</option>
          <option value="facebook">{t('clips.site.facebook')}</option>
        </select>
      </label>
      <label class="cmsk-field">
        <span>{t('clips.filter.competitor')}</span>
        <select value={f.competitor ?? '*'} onChange={(e) => patch({ competitor: e.currentTarget.value === '*' ? null : e.currentTarget.value })}>
          <option value="*">{t('clips.filter.any')}</option>
          <option value="">{t('clips.filter.none')}</option>
          {competitors.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label class="cmsk-field">
        <span>{t('clips.filter.tag')}</span>
        <select value={f.tag ?? ''} onChange={(e) => patch({ tag: e.currentTarget.value || null })}>
          <option value="">{t('clips.filter.any')}</option>
          {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
        </select>
      </label>
      <label class="cmsk-field">
        <span>{t('clips.filter.from')}</span>
        <input type="date" value={f.fromDay ?? ''} onInput={(e) => patch({ fromDay: e.currentTarget.value || null })} />
      </label>
      <label class="cmsk-field">
        <span>{t('clips.filter.to')}</span>
        <input type="date" value={f.toDay ?? ''} onInput={(e) => patch({ toDay: e.currentTarget.value || null })} />
      </label>
      {active && (
        <button type="button" class="cmsk-btn cmsk-btn--link" onClick={() => { query.value = ''; filters.value = NO_FILTERS; }}>
          {t('clips.filter.clear')}
        </button>
      )}
    </div>
  );
}
