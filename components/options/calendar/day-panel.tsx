import { locale, t } from '@/lib/state/i18n';
import type { MessageKey } from '@/lib/i18n';
import { formatDate } from './dates';
import type { Entry } from './occurrences';

const TAG_KEYS: Record<string, MessageKey> = {
  'recurring-topic': 'calendar.tag.recurring-topic',
  campaign: 'calendar.tag.campaign',
  event: 'calendar.tag.event',
  webinar: 'calendar.tag.webinar',
};

/** The focused day's events, each with an Edit button: where Enter in the grid leads. */
export function DayPanel({ day, entries, onEdit, onNew }: { day: string; entries: readonly Entry[]; onEdit(entry: Entry): void; onNew(day: string): void }) {
  const date = formatDate(day, locale.value, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <section class="cmsk-cal__panel" id="cmsk-cal-panel" aria-labelledby="cmsk-cal-panel-title">
      <div class="cmsk-row cmsk-cal__panel-head">
        <h3 id="cmsk-cal-panel-title">{date}</h3>
        <button type="button" class="cmsk-btn" onClick={() => onNew(day)}>{t('calendar.new-on', { date })}</button>
      </div>
      {entries.length === 0 ? (
        <p class="cmsk-muted">{t('calendar.day.empty')}</p>
      ) : (
        <ul class="cmsk-list">
          {entries.map((entry) => (
            <li key={entry.id} class="cmsk-card cmsk-cal__card">
              <div>
                <strong class="cmsk-cal__card-time">{entry.time ?? t('calendar.event.all-day')}</strong>
                <span class="cmsk-cal__card-title">{entry.event.title}</span>
              </div>
              <div class="cmsk-cal__chips">
                {entry.event.rrule && <span class="cmsk-chip cmsk-chip--muted">{t('calendar.event.repeats')}</span>}
                {entry.event.recurrenceOf && <span class="cmsk-chip cmsk-chip--muted">{t('calendar.event.detached')}</span>}
                {entry.event.example && <span class="cmsk-chip cmsk-chip--muted">{t('calendar.event.example')}</span>}
                {entry.event.tags.map((tag) => <span key={tag} class="cmsk-chip">{TAG_KEYS[tag] ? t(TAG_KEYS[tag]) : tag}</span>)}
              </div>
              {entry.event.notes && <p class="cmsk-card__body">{entry.event.notes}</p>}
              <button type="button" class="cmsk-btn cmsk-cal__edit" aria-label={t('calendar.event.edit', { title: entry.event.title })} onClick={() => onEdit(entry)}>
                {t('common.edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
