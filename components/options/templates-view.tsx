import { useEffect } from 'preact/hooks';
import { t } from '@/lib/state/i18n';
import { loadTemplates, templates } from '@/lib/state/templates';
import { EmptyState } from '../ui/empty-state';

export function TemplatesView() {
  useEffect(() => {
    void loadTemplates();
  }, []);
  const list = templates.value;
  if (list === null) return <p aria-busy="true">{t('common.loading')}</p>;
  if (list.length === 0) return <EmptyState title={t('options.empty.templates.title')}>{t('options.empty.templates.body')}</EmptyState>;
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('options.nav.templates')}</h2>
      <p class="cmsk-muted">{t('options.templates.count', { count: list.length })}</p>
      <ul class="cmsk-list" aria-label={t('options.nav.templates')}>
        {list.map((tpl) => (
          <li key={tpl.id} class="cmsk-card">
            <h3 class="cmsk-card__title">{tpl.title}</h3>
            {tpl.example && <span class="cmsk-chip">{t('options.templates.example')}</span>}
            {tpl.tags.map((tag) => <span key={tag} class="cmsk-chip cmsk-chip--muted">{tag}</span>)}
            <p class="cmsk-card__body">{tpl.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
