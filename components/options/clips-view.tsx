import { t } from '@/lib/state/i18n';
import { EmptyState } from '../ui/empty-state';

export function ClipsView() {
  return <EmptyState title={t('options.empty.clips.title')}>{t('options.empty.clips.body')}</EmptyState>;
}
