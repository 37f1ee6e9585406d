import { useEffect, useMemo, useState } from 'preact/hooks';
import { events, focusDay, loadEvents, mode, restoreEvents } from '@/lib/state/calendar';
import { locale, t } from '@/lib/state/i18n';
import type { CalendarUndo } from '@/lib/protocol/calendar';
import { EmptyState } from '../ui/empty-state';
import { showToast } from '../ui/toast';
import { addDays, addMonths, browserTimeZone, periodLabel, todayIn, visibleDays } from './calendar/dates';
import { DayPanel } from './calendar/day-panel';
import type { EditorTarget } from './calendar/event-form';
import { EventEditor } from './calendar/event-editor';
import { CalendarGrid } from './calendar/grid';
import { CalendarToolbar } from './calendar/toolbar';
import { entriesByDay, nextOccurrence, type Entry } from './calendar/occurrences';
import './calendar/calendar.css';

/** `#/calendar/<eventId>`, as a reminder's notification opens it. */
function linkedEventId(hash: string): string | null {
  const m = /^#\/?calendar\/(.+)$/.exec(hash);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** The editorial calendar: week (default) or month, the focused day's events, and the editor. */
export function CalendarView() {
  const timeZone = useMemo(browserTimeZone, []);
  const today = todayIn(timeZone);
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [hash, setHash] = useState(typeof location !== 'undefined' ? location.hash : '');

  useEffect(() => {
    void loadEvents().catch((e: Error) => showToast(e.message, { kind: 'error' }));
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const list = events.value;
  // A link to an event opens it on its next date.
  useEffect(() => {
    const id = linkedEventId(hash);
    const event = id && list?.find((e) => e.id === id);
    if (!event) return;
    const next = nextOccurrence(event, new Date());
    const localStart = next?.localStart ?? event.start;
    focusDay.value = localStart.slice(0, 10);
    setEditor({ kind: 'edit', event, localStart });
  }, [hash, list]);

  const anchor = focusDay.value ?? today;
  const days = useMemo(() => visibleDays(anchor, mode.value), [anchor, mode.value]);
  const entries = useMemo(() => entriesByDay(list ?? [], days, timeZone), [list, days, timeZone]);
  if (list === null) return <p aria-busy="true">{t('common.loading')}</p>;

  const period = periodLabel(anchor, mode.value, locale.value);
  const move = (delta: -1 | 1) => (focusDay.value = mode.value === 'week' ? addDays(anchor, 7 * delta) : addMonths(anchor, delta));
  const openDay = (day: string) => {
    focusDay.value = day;
    // The panel is rendered for the focused day; its first button takes the focus.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#cmsk-cal-panel button')?.focus());
  };
  const focusCell = (day: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus());
  const goToday = () => {
    focusDay.value = today;
    focusCell(today);
  };
  const openEntry = (entry: Entry) => setEditor({ kind: 'edit', event: entry.event, localStart: entry.occurrence.localStart });
  const close = () => {
    setEditor(null);
    if (linkedEventId(location.hash)) history.replaceState(null, '', '#/calendar');
    focusCell(focusDay.value ?? today);
  };
  const done = (message: string, undo: CalendarUndo) => {
    close();
    showToast(message, { undo: () => void restoreEvents(undo).then(() => showToast(t('calendar.restored')), (e: Error) => showToast(e.message, { kind: 'error' })) });
  };

  return (
    <section class="cmsk-cal" aria-labelledby="cmsk-cal-title">
      <h2 id="cmsk-cal-title">{t('calendar.title')}</h2>
      <div class="cmsk-cal__top">
        <CalendarToolbar period={period} timeZone={timeZone} onMove={move} onToday={goToday} onNew={() => setEditor({ kind: 'new', day: anchor })} />
      </div>
      {editor ? (
        <EventEditor key={JSON.stringify(editor.kind === 'new' ? editor : [editor.event.id, editor.localStart])} target={editor} timeZone={timeZone} onClose={close} onDone={done} onError={(m) => showToast(m, { kind: 'error' })} />
      ) : list.length === 0 ? (
        <EmptyState title={t('options.empty.calendar.title')}>{t('options.empty.calendar.body')}</EmptyState>
      ) : (
        <>
          <p id="cmsk-cal-help" class="cmsk-muted cmsk-cal__help">{t('calendar.grid.help')}</p>
          <CalendarGrid
            mode={mode.value}
            days={days}
            focusDay={anchor}
            today={today}
            entries={entries}
            label={t('calendar.grid.label', { period })}
            onFocusDay={(day) => (focusDay.value = day)}
            onOpenDay={openDay}
            onOpenEntry={openEntry}
          />
          <DayPanel day={anchor} entries={entries.get(anchor) ?? []} onEdit={openEntry} onNew={(day) => setEditor({ kind: 'new', day })} />
        </>
      )}
    </section>
  );
}

