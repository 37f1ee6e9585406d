import type { Brand } from '@/lib/schema/settings';
import { t } from '@/lib/state/i18n';
import { showToast } from '../ui/toast';

interface Props {
  brands: Brand[];
  activeBrandId: string;
  onChange: (brands: Brand[], activeBrandId: string) => void;
}

export function BrandsEditor({ brands, activeBrandId, onChange }: Props) {
  const update = (index: number, patch: Partial<Brand>) => onChange(brands.map((b, i) => (i === index ? { ...b, ...patch } : b)), activeBrandId);
  const add = () => {
    const brand: Brand = { id: `brand-${crypto.randomUUID()}`, name: t('settings.brand.new'), lang: 'fr', register: 'vous', signature: '' };
    onChange([...brands, brand], activeBrandId);
  };
  const remove = (index: number) => {
    const removed = brands[index];
    if (!removed) return;
    if (brands.length === 1) {
      showToast(t('settings.brand.lastOne'), { kind: 'error' });
      return;
    }
    const rest = brands.filter((_, i) => i !== index);
    const nextActive = removed.id === activeBrandId ? (rest[0]?.id ?? activeBrandId) : activeBrandId;
    onChange(rest, nextActive);
    // Removal only changes the form until "Save settings"; Undo puts the brand back where it was.
    showToast(t('settings.brand.removed', { name: removed.name }), { undo: () => onChange(brands, activeBrandId) });
  };

  return (
    <fieldset class="cmsk-fieldset">
      <legend>{t('settings.brands')}</legend>
      <p class="cmsk-muted">{t('settings.brands.help')}</p>
      {brands.map((brand, i) => (
        <div key={brand.id} class="cmsk-brand" role="group" aria-label={brand.name}>
          <label class="cmsk-field cmsk-field--inline">
            <input type="radio" name="active-brand" checked={brand.id === activeBrandId} onChange={() => onChange(brands, brand.id)} />
            <span>{t('settings.brand.active')}</span>
          </label>
          <label class="cmsk-field">
            <span>{t('settings.brand.name')}</span>
            <input type="text" value={brand.name} maxLength={500} required onInput={(e) => update(i, { name: e.currentTarget.value })} />
          </label>
          <label class="cmsk-field">
            <span>{t('settings.brand.lang')}</span>
            <select value={brand.lang} onChange={(e) => update(i, { lang: e.currentTarget.value as Brand['lang'] })}>
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </label>
          <label class="cmsk-field">
            <span>{t('settings.brand.register')}</span>
            <select value={brand.register} onChange={(e) => update(i, { register: e.currentTarget.value as Brand['register'] })}>
              <option value="vous">{t('settings.brand.register.vous')}</option>
              <option value="tu">{t('settings.brand.register.tu')}</option>
            </select>
          </label>
          <label class="cmsk-field">
            <span>{t('settings.brand.signature')}</span>
            <input type="text" value={brand.signature} maxLength={500} onInput={(e) => update(i, { signature: e.currentTarget.value })} />
          </label>
          <button type="button" class="cmsk-btn cmsk-btn--ghost" onClick={() => remove(i)}>
            {t('settings.brand.remove', { name: brand.name })}
          </button>
        </div>
      ))}
      <button type="button" class="cmsk-btn" onClick={add}>{t('settings.brand.add')}</button>
    </fieldset>
  );
}
