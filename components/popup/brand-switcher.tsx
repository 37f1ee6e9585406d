import { t } from '@/lib/state/i18n';
import { activateBrand, settings } from '@/lib/state/settings';

/** Shown only when the CM runs more than one community. */
export function BrandSwitcher() {
  const s = settings.value;
  if (!s || s.brands.length < 2) return null;
  return (
    <label class="cmsk-field cmsk-field--inline">
      <span>{t('popup.brand')}</span>
      <select value={s.activeBrandId} onChange={(e) => void activateBrand(e.currentTarget.value)}>
        {s.brands.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
      </select>
    </label>
  );
}
