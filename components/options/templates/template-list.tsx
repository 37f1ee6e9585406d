// The CM's templates as cards: what each says, where it applies, and its actions. Each action
// button names its template, so a screen-reader user hears "Delete “Colis en retard”".

import type { Brand, Template } from '@/lib/schema';
import { t } from '@/lib/state/i18n';

type Props = {
  templates: readonly Template[];
  brands: readonly Brand[];
  onEdit: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
};

function platformLabel(template: Template): string {
  if (template.platforms.includes('any') || (template.platforms.includes('x') && template.platforms.includes('facebook'))) return t('templates.view.platform.any');
  return template.platforms.map((p) => t(p === 'x' ? 'templates.view.platform.x' : 'templates.view.platform.facebook')).join(', ');
}

export function TemplateList({ templates, brands, onEdit, onDuplicate, onDelete }: Props) {
  return (
    <ul class="cmsk-list cmsk-tpl-list" aria-label={t('templates.view.title')}>
      {templates.map((tpl) => {
        const brand = tpl.brand === null ? t('templates.view.allBrands') : (brands.find((b) => b.id === tpl.brand)?.name ?? tpl.brand);
        return (
          <li key={tpl.id} class="cmsk-card cmsk-tpl-card" data-template-id={tpl.id}>
            <div class="cmsk-tpl-card__head">
              <h3 class="cmsk-card__title">{tpl.title}</h3>
              {tpl.example && <span class="cmsk-chip">{t('templates.view.example')}</span>}
              {tpl.shortcut && <code class="cmsk-tpl-card__shortcut">/{tpl.shortcut}</code>}
            </div>
            <p class="cmsk-card__body cmsk-tpl-card__body">{tpl.body}</p>
            <p class="cmsk-tpl-card__meta cmsk-muted">
              <span>{t(tpl.lang === 'fr' ? 'templates.view.lang.fr' : 'templates.view.lang.en')}</span>
              <span>{platformLabel(tpl)}</span>
              <span>{brand}</span>
              {tpl.usage.count > 0 && <span>{t('templates.view.used', { count: tpl.usage.count })}</span>}
              {tpl.tags.map((tag) => <span key={tag} class="cmsk-chip cmsk-chip--muted">{tag}</span>)}
            </p>
            <div class="cmsk-row cmsk-tpl-card__actions">
              <button type="button" class="cmsk-btn" aria-label={t('templates.view.editNamed', { title: tpl.title })} onClick={() => onEdit(tpl)}>{t('common.edit')}</button>
              <button type="button" class="cmsk-btn" aria-label={t('templates.view.duplicateNamed', { title: tpl.title })} onClick={() => onDuplicate(tpl)}>{t('templates.view.duplicate')}</button>
              <button type="button" class="cmsk-btn" aria-label={t('templates.view.deleteNamed', { title: tpl.title })} onClick={() => onDelete(tpl)}>{t('common.delete')}</button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
