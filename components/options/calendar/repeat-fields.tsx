import { WEEKDAY_CODES } from '@/lib/calendar/civil';
import { locale, t } from '@/lib/state/i18n';
import type { MessageKey } from '@/lib/i18n';
import { weekdayNames } from './dates';
import { nthWeekday, type RepeatForm, type RepeatKind } from './recurrence';

const NTH: Record<string, MessageKey> = { '1': 'calendar.nth.1', '2': 'calendar.nth.2', '3': 'calendar.nth.3', '4': 'calendar.nth.4', '-1': 'calendar.nth.-1' };

/** Repeat: weekly on days (every N weeks), monthly by day or by weekday, and when it ends. */
export function RepeatFields({ value, startDay, onChange }: { value: RepeatForm; startDay: string; onChange(next: RepeatForm): void }) {
  const long = weekdayNames(locale.value, 'long');
  const short = weekdayNames(locale.value, 'short');
  const nth = nthWeekday(startDay);
  const set = (patch: Partial<RepeatForm>) => onChange({ ...value, ...patch });
  const kinds: Array<[RepeatKind, string]> = [
    ['none', t('calendar.repeat.none')],
    ['weekly', t('calendar.repeat.weekly')],
    ['monthly-day', t('calendar.repeat.monthly-day', { day: Number(startDay.slice(8, 10)) || 1 })],
    ['monthly-weekday', t('calendar.repeat.monthly-weekday', { nth: t(NTH[String(nth.n)]!), weekday: long[WEEKDAY_CODES.indexOf(nth.weekday)] ?? '' })],
  ];
  if (value.kind === 'custom') kinds.push(['custom', t('calendar.repeat.custom', { rule: value.raw })]);
  return (
    <fieldset class="cmsk-fieldset cmsk-cal__repeat">
      <legend>{t('calendar.field.repeat')}</legend>
      <label class="cmsk-field">
        <span class="cmsk-visually-hidden">{t('calendar.field.repeat')}</span>
        <select value={value.kind} onChange={(e) => set({ kind: e.currentTarget.value as RepeatKind })}>
          {kinds.map(([kind, label]) => <option key={kind} value={kind}>{label}</option>)}
        </select>
      </label>
      {value.kind === 'weekly' && (
        <>
          <fieldset class="cmsk-cal__days">
            <legend>{t('calendar.field.days')}</legend>
            {WEEKDAY_CODES.map((code, i) => (
              <label key={code} class="cmsk-cal__day-choice" title={long[i]}>
                <input
                  type="checkbox"
                  checked={value.days.includes(code)}
                  onChange={(e) => set({ days: e.currentTarget.checked ? [...value.days, code] : value.days.filter((d) => d !== code) })}
                />
                <span aria-hidden="true">{short[i]}</span>
                <span class="cmsk-visually-hidden">{long[i]}</span>
              </label>
            ))}
          </fieldset>
          <label class="cmsk-field cmsk-field--inline">
            <span>{t('calendar.field.interval')}</span>
            <input type="number" min={1} max={52} value={value.interval} onInput={(e) => set({ interval: Math.max(1, Number(e.currentTarget.value) || 1) })} />
          </label>
        </>
      )}
      {value.kind !== 'none' && value.kind !== 'custom' && (
        <div class="cmsk-row">
          <label class="cmsk-field cmsk-field--inline">
            <span>{t('calendar.field.end')}</span>
            <select value={value.end} onChange={(e) => set({ end: e.currentTarget.value as RepeatForm['end'] })}>
              <option value="never">{t('calendar.end.never')}</option>
              <option value="until">{t('calendar.end.until')}</option>
              <option value="count">{t('calendar.end.count')}</option>
            </select>
          </label>
          {value.end === 'until' && (
            <label class="cmsk-field cmsk-field--inline">
              <span>{t('calendar.field.until')}</span>
              <input type="date" value={value.until} min={startDay} onInput={(e) => set({ until: e.currentTarget.value })} />
            </label>
          )}
          {value.end === 'count' && (
            <label class="cmsk-field cmsk-field--inline">
              <span>{t('calendar.field.count')}</span>
              <input type="number" min={1} max={999} value={value.count} onInput={(e) => set({ count: Math.max(1, Number(e.currentTarget.value) || 1) })} />
            </label>
          )}
        </div>
      )}
    </fieldset>
  );
}
