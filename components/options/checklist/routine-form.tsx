import { useState } from 'preact/hooks';
import { WEEKDAY_CODES } from '@/lib/calendar/civil';
import type { ChecklistItem, RoutineRecurrence, Weekday } from '@/lib/schema/checklist';
import type { RoutineDraft } from '@/lib/state/checklist';
import { locale, t } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import type { MessageKey } from '@/lib/i18n';
import { weekdayNames } from '../calendar/dates';

type Kind = 'daily' | 'weekly' | 'monthly';

/** The routine step editor: label, why, when it comes back, required or optional, brand. */
export function RoutineForm({ item, onSave, onCancel }: { item: ChecklistItem | null; onSave(draft: RoutineDraft): Promise<void>; onCancel(): void }) {
  const r = item?.recurrence;
  const [label, setLabel] = useState(item?.label ?? '');
  const [why, setWhy] = useState(item?.why ?? '');
  const [kind, setKind] = useState<Kind>(r && r.kind !== 'once' ? r.kind : 'daily');
  const [days, setDays] = useState<Weekday[]>(r?.kind === 'weekly' ? r.days : ['MO']);
  const [monthDay, setMonthDay] = useState(r?.kind === 'monthly' ? r.day : 1);
  const [required, setRequired] = useState(item?.required ?? true);
  const [brand, setBrand] = useState(item?.brand ?? '');
  const [errors, setErrors] = useState<MessageKey[]>([]);
  const names = weekdayNames(locale.value, 'long');

  const submit = (e: Event) => {
    e.preventDefault();
    const problems: MessageKey[] = [];
    if (!label.trim()) problems.push('checklist.error.label');
    if (kind === 'weekly' && days.length === 0) problems.push('checklist.error.days');
    setErrors(problems);
    if (problems.length) return;
    const recurrence: RoutineRecurrence = kind === 'daily' ? { kind } : kind === 'weekly' ? { kind, days: WEEKDAY_CODES.filter((d) => days.includes(d)) } : { kind, day: monthDay };
    void onSave({ ...(item ? { id: item.id } : {}), label: label.trim(), why, recurrence, required, brand: brand || null });
  };

  return (
    <form class="cmsk-stack cmsk-routine__form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} noValidate>
      {errors.length > 0 && <ul class="cmsk-alert cmsk-alert--error" role="alert">{errors.map((k) => <li key={k}>{t(k)}</li>)}</ul>}
      <label class="cmsk-field">
        <span>{t('checklist.field.label')}</span>
        <input type="text" maxLength={500} value={label} ref={(el) => { if (el && !item) el.focus(); }} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <label class="cmsk-field">
        <span>{t('checklist.field.why')}</span>
        <textarea rows={2} value={why} onInput={(e) => setWhy(e.currentTarget.value)} />
      </label>
      <div class="cmsk-row">
        <label class="cmsk-field">
          <span>{t('checklist.field.recurrence')}</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            <option value="daily">{t('checklist.recurrence.daily')}</option>
            <option value="weekly">{t('checklist.recurrence.weekly')}</option>
            <option value="monthly">{t('checklist.recurrence.monthly')}</option>
          </select>
        </label>
        {kind === 'monthly' && (
          <label class="cmsk-field">
            <span>{t('checklist.field.monthDay')}</span>
            <input type="number" min={1} max={31} value={monthDay} onInput={(e) => setMonthDay(Math.min(31, Math.max(1, Number(e.currentTarget.value) || 1)))} />
          </label>
        )}
        <label class="cmsk-field">
          <span>{t('checklist.field.brand')}</span>
          <select value={brand} onChange={(e) => setBrand(e.currentTarget.value)}>
            <option value="">{t('checklist.brand.all')}</option>
            {(settings.value?.brands ?? []).map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </label>
      </div>
      {kind === 'weekly' && (
        <fieldset class="cmsk-cal__days">
          <legend>{t('checklist.field.days')}</legend>
          {WEEKDAY_CODES.map((code, i) => (
            <label key={code} class="cmsk-cal__day-choice">
              <input type="checkbox" checked={days.includes(code)} onChange={(e) => setDays(e.currentTarget.checked ? [...days, code] : days.filter((d) => d !== code))} />
              {names[i]}
            </label>
          ))}
        </fieldset>
      )}
      <label class="cmsk-field cmsk-field--inline">
        <input type="checkbox" checked={required} onChange={(e) => setRequired(e.currentTarget.checked)} />
        {t('checklist.field.required')}
      </label>
      <div class="cmsk-row">
        <button type="submit" class="cmsk-btn cmsk-btn--primary">{t('common.save')}</button>
        <button type="button" class="cmsk-btn" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
