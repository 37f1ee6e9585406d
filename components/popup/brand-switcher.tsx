import { t } from '@/lib/state/i18n';
import { switchBrand, today } from '@/lib/state/checklist';
import { showToast } from '../ui/toast';

/** The active brand; a switch when the CM runs more than one community. */
export function BrandSwitcher() {
  const view = today.value;
  if (!view) return null;
  const active = view.brands.find((b) => b.id === view.activeBrandId);
  if (view.brands.length < 2) return active ? <span class="cmsk-badge">{active.name}</span> : null;
  return (
    <label class="cmsk-field cmsk-field--inline cmsk-popup__brand">
      <span>{t('popup.brand')}</span>
      <select
        value={view.activeBrandId}
        onChange={(e) => void switchBrand(e.currentTarget.value).catch((error: Error) => showToast(error.message, { kind: 'error' }))}
      >
        {view.brands.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
      </select>
    </label>
  );
}
