import { useState } from 'preact/hooks';
import { addItem } from '@/lib/state/checklist';
import { t } from '@/lib/state/i18n';
import { showToast } from '../ui/toast';

/** A one-off item for today only; it does not come back tomorrow. */
export function AddItem() {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const text = label.trim();
    if (!text || busy) return;
    setBusy(true);
    try {
      await addItem(text);
      setLabel('');
    } catch (error) {
      showToast((error as Error).message, { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="cmsk-today__add" onSubmit={(e) => void submit(e)}>
      <label class="cmsk-visually-hidden" for="cmsk-add-item">{t('popup.add.label')}</label>
      <input
        id="cmsk-add-item"
        type="text"
        maxLength={500}
        value={label}
        placeholder={t('popup.add.placeholder')}
        onInput={(e) => setLabel(e.currentTarget.value)}
      />
      <button type="submit" class="cmsk-btn cmsk-btn--primary" disabled={busy || label.trim() === ''}>{t('common.add')}</button>
    </form>
  );
}
