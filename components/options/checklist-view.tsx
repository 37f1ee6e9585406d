import { t } from '@/lib/state/i18n';
import { EmptyState } from '../ui/empty-state';

export function ChecklistView() {
  return <EmptyState title={t('options.empty.checklist.title')}>{t('options.empty.checklist.body')}</EmptyState>;
}
