import { t } from '@/lib/state/i18n';
import { EmptyState } from '../ui/empty-state';

export function CalendarView() {
  return <EmptyState title={t('options.empty.calendar.title')}>{t('options.empty.calendar.body')}</EmptyState>;
}
