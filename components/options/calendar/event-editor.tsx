import { useEffect, useRef, useState } from 'preact/hooks';
import { CALENDAR_TAGS } from '@/lib/schema/calendar';
import type { CalendarUndo } from '@/lib/protocol/calendar';
import { createEvent, deleteEvent, editEvent } from '@/lib/state/calendar';
import { t } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import type { MessageKey } from '@/lib/i18n';
import { formFor, REMINDER_CHOICES, saveRequest, validate, type EditorTarget, type EventForm } from './event-form';
import { RepeatFields } from './repeat-fields';

function reminderLabel(value: string): string {
  if (value === 'none') return t('calendar.reminder.none');
  const minutes = Number(value);
  if (minutes === 0) return t('calendar.reminder.at-start');
  if (minutes === 1440) return t('calendar.reminder.day');
  if (minutes >= 60 && minutes % 60 === 0) return t('calendar.reminder.hours', { hours: minutes / 60 });
  return t('calendar.reminder.minutes', { minutes });
}

let zoneList: string[] | null = null;
function zones(): string[] {
  zoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zoneList;
}

export interface EditorProps {
  target: EditorTarget;
  timeZone: string;
  onClose(): void;
  /** After a save or a delete, with what undoes it and the message for the toast. */
  onDone(message: string, undo: CalendarUndo): void;
  onError(message: string): void;
}

export function EventEditor({ target, timeZone, onClose, onDone, onError }: EditorProps) {
  const [form, setForm] = useState<EventForm>(() => formFor(target, timeZone));
  const [errors, setErrors] = useState<MessageKey[]>([]);
  const [busy, setBusy] = useState(false);
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);
  const set = (patch: Partial<EventForm>) => setForm((f) => ({ ...f, ...patch }));
  const existing = target.kind === 'edit' ? target.event : null;
  const brands = settings.value?.brands ?? [];
  const reminders: string[] = [...REMINDER_CHOICES];
  if (!reminders.includes(form.reminder)) reminders.push(form.reminder);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const save = (e: Event) => {
    e.preventDefault();
    const problems = validate(form);
    setErrors(problems);
    if (problems.length > 0) return;
    void run(async () => {
      const req = saveRequest(target, form);
      const undo = req.type === 'calendar/save' ? await createEvent(req.data.event) : await editEvent(req.data);
      onDone(t('calendar.saved'), undo);
    });
  };
  const remove = () => {
    if (target.kind !== 'edit') return;
    void run(async () => {
      const one = !!target.event.rrule && form.scope === 'this';
      const undo = await deleteEvent({ eventId: target.event.id, localStart: target.localStart, scope: form.scope });
      onDone(t(one ? 'calendar.deleted-one' : 'calendar.deleted', { title: target.event.title }), undo);
    });
  };

  return (
    <section class="cmsk-cal__editor" aria-labelledby="cmsk-cal-editor-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3 id="cmsk-cal-editor-title">{t(existing ? 'calendar.editor.edit' : 'calendar.editor.new')}</h3>
      <form class="cmsk-stack" onSubmit={save} noValidate>
        {errors.length > 0 && (
          <ul class="cmsk-alert cmsk-alert--error" role="alert">{errors.map((k) => <li key={k}>{t(k)}</li>)}</ul>
        )}
        {existing?.rrule && (
          <fieldset class="cmsk-fieldset cmsk-row">
            <legend>{t('calendar.field.scope')}</legend>
            {(['this', 'series'] as const).map((scope) => (
              <label key={scope} class="cmsk-field--inline">
                <input type="radio" name="cmsk-scope" value={scope} checked={form.scope === scope} onChange={() => set({ scope })} />
                {t(scope === 'this' ? 'calendar.scope.this' : 'calendar.scope.series')}
              </label>
            ))}
          </fieldset>
        )}
        <label class="cmsk-field">
          <span>{t('calendar.field.title')}</span>
          <input ref={title} type="text" required maxLength={500} value={form.title} onInput={(e) => set({ title: e.currentTarget.value })} />
        </label>
        <div class="cmsk-cal__when">
          <label class="cmsk-field">
            <span>{t('calendar.field.date')}</span>
            <input type="date" required value={form.date} onInput={(e) => set({ date: e.currentTarget.value })} />
          </label>
          {!form.allDay && (
            <label class="cmsk-field">
              <span>{t('calendar.field.time')}</span>
              <input type="time" value={form.time} onInput={(e) => set({ time: e.currentTarget.value })} />
            </label>
          )}
          <label class="cmsk-field cmsk-field--inline">
            <input type="checkbox" checked={form.allDay} onChange={(e) => set({ allDay: e.currentTarget.checked })} />
            {t('calendar.field.all-day')}
          </label>
          <label class="cmsk-field">
            <span>{t('calendar.field.duration')}</span>
            <input type="number" min={0} max={44640} value={form.duration} onInput={(e) => set({ duration: e.currentTarget.value })} />
          </label>
          <label class="cmsk-field">
            <span>{t('calendar.field.time-zone')}</span>
            <input type="text" list="cmsk-zones" value={form.timeZone} onInput={(e) => set({ timeZone: e.currentTarget.value })} />
            <datalist id="cmsk-zones">{zones().map((z) => <option key={z} value={z} />)}</datalist>
          </label>
        </div>
        {/* One date taken out of a series does not repeat; its series keeps the rule. */}
        {!(existing?.rrule && form.scope === 'this') && (
          <RepeatFields value={form.repeat} startDay={existing?.rrule ? existing.start.slice(0, 10) : form.date} onChange={(repeat) => set({ repeat })} />
        )}
        <div class="cmsk-cal__when">
          <label class="cmsk-field">
            <span>{t('calendar.field.reminder')}</span>
            <select value={form.reminder} onChange={(e) => set({ reminder: e.currentTarget.value })}>
              {reminders.map((r) => <option key={r} value={r}>{reminderLabel(r)}</option>)}
            </select>
          </label>
          <label class="cmsk-field">
            <span>{t('calendar.field.brand')}</span>
            <select value={form.brand} onChange={(e) => set({ brand: e.currentTarget.value })}>
              <option value="">{t('calendar.field.brand.all')}</option>
              {brands.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </label>
        </div>
        <fieldset class="cmsk-fieldset cmsk-row">
          <legend>{t('calendar.field.platforms')}</legend>
          {(['x', 'facebook'] as const).map((p) => (
            <label key={p} class="cmsk-field--inline">
              <input type="checkbox" checked={form.platforms.includes(p)} onChange={(e) => set({ platforms: e.currentTarget.checked ? [...form.platforms, p] : form.platforms.filter((x) => x !== p) })} />
              {t(p === 'x' ? 'calendar.platform.x' : 'calendar.platform.facebook')}
            </label>
          ))}
          <span class="cmsk-muted">{t('calendar.field.platforms.help')}</span>
        </fieldset>
        <fieldset class="cmsk-fieldset cmsk-row">
          <legend>{t('calendar.field.tags')}</legend>
          {CALENDAR_TAGS.map((tag) => (
            <label key={tag} class="cmsk-field--inline">
              <input type="checkbox" checked={form.tags.includes(tag)} onChange={(e) => set({ tags: e.currentTarget.checked ? [...form.tags, tag] : form.tags.filter((x) => x !== tag) })} />
              {t(`calendar.tag.${tag}`)}
            </label>
          ))}
        </fieldset>
        <label class="cmsk-field">
          <span>{t('calendar.field.notes')}</span>
          <textarea rows={3} value={form.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
        </label>
        <label class="cmsk-field cmsk-field--inline">
          <input type="checkbox" checked={form.inChecklist} onChange={(e) => set({ inChecklist: e.currentTarget.checked })} />
          {t('calendar.field.in-checklist')}
        </label>
        <div class="cmsk-row">
          <button type="submit" class="cmsk-btn cmsk-btn--primary" disabled={busy}>{t('calendar.editor.save')}</button>
          <button type="button" class="cmsk-btn" onClick={onClose}>{t('common.cancel')}</button>
          {existing && <button type="button" class="cmsk-btn cmsk-cal__delete" disabled={busy} onClick={remove}>{t('calendar.editor.delete')}</button>}
        </div>
      </form>
    </section>
  );
}
