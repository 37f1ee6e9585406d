import { useEffect, useState } from 'preact/hooks';
import { SettingsSchema, type Brand, type Settings } from '@/lib/schema/settings';
import { RequestFailed } from '@/lib/messaging/client';
import { locale, t } from '@/lib/state/i18n';
import { saveSettings, settings } from '@/lib/state/settings';
import { describeIssues } from '@/lib/zod-issues';
import type { ErrorDetail } from '@/lib/messages';
import { showToast } from '../ui/toast';
import { BackupSection } from './backup-section';
import { BrandsEditor } from './brands-editor';
import { ErrorList } from '../ui/error-list';
import { StorageStatus } from './storage-status';

export function SettingsView() {
  const saved = settings.value;
  const [draft, setDraft] = useState<Settings | null>(saved);
  const [errors, setErrors] = useState<ErrorDetail[]>([]);
  useEffect(() => setDraft(saved), [saved]);
  if (!draft) return null;

  const patch = (p: Partial<Settings>) => setDraft({ ...draft, ...p });
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const parsed = SettingsSchema.safeParse(draft, { reportInput: true });
    if (!parsed.success) {
      setErrors(describeIssues(locale.value, parsed.error.issues));
      return;
    }
    try {
      await saveSettings(parsed.data);
      setErrors([]);
      showToast(t('settings.saved'));
    } catch (error) {
      if (error instanceof RequestFailed) {
        setErrors(error.error.details ?? []);
        showToast(error.error.message, { kind: 'error' });
      } else throw error;
    }
  };

  return (
    <div class="cmsk-stack">
      <h2>{t('settings.title')}</h2>
      <form class="cmsk-stack" onSubmit={onSubmit} noValidate>
        <fieldset class="cmsk-fieldset">
          <legend>{t('settings.general')}</legend>
          <label class="cmsk-field">
            <span>{t('settings.uiLang')}</span>
            <select value={draft.uiLang} onChange={(e) => patch({ uiLang: e.currentTarget.value as Settings['uiLang'] })}>
              <option value="auto">{t('settings.uiLang.auto')}</option>
              <option value="fr">{t('settings.uiLang.fr')}</option>
              <option value="en">{t('settings.uiLang.en')}</option>
            </select>
          </label>
          <label class="cmsk-field">
            <span>{t('settings.theme')}</span>
            <select value={draft.theme} onChange={(e) => patch({ theme: e.currentTarget.value as Settings['theme'] })}>
              <option value="auto">{t('settings.theme.auto')}</option>
              <option value="light">{t('settings.theme.light')}</option>
              <option value="dark">{t('settings.theme.dark')}</option>
            </select>
          </label>
          <label class="cmsk-field">
            <span>{t('settings.dayStartHour')}</span>
            <select value={String(draft.dayStartHour)} onChange={(e) => patch({ dayStartHour: Number(e.currentTarget.value) })} aria-describedby="day-start-help">
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>
              ))}
            </select>
            <small id="day-start-help" class="cmsk-muted">{t('settings.dayStartHour.help')}</small>
          </label>
          <label class="cmsk-field">
            <span>{t('settings.myName')}</span>
            <input type="text" value={draft.myName} maxLength={500} onInput={(e) => patch({ myName: e.currentTarget.value })} />
          </label>
        </fieldset>
        <BrandsEditor
          brands={draft.brands}
          activeBrandId={draft.activeBrandId}
          onChange={(brands: Brand[], activeBrandId: string) => patch({ brands, activeBrandId })}
        />
        <ErrorList title={t('settings.invalid')} errors={errors} />
        <div>
          <button type="submit" class="cmsk-btn cmsk-btn--primary">{t('settings.save')}</button>
        </div>
      </form>
      <StorageStatus />
      <BackupSection />
    </div>
  );
}
