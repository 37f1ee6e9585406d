import { useLayoutEffect, useRef } from 'preact/hooks';
import { locale, t } from '@/lib/state/i18n';
import type { CalendarMode } from '@/lib/state/calendar';
import { addDays, addMonths, formatDate, weekday, weekdayNames, weekStart } from './dates';
import type { Entry } from './occurrences';

export interface GridProps {
  mode: CalendarMode;
  days: readonly string[];
  /** The anchor: the day with focus, whose week or month is shown. */
  focusDay: string;
  today: string;
  entries: Map<string, Entry[]>;
  label: string;
  onFocusDay(day: string): void;
  onOpenDay(day: string): void;
  onOpenEntry(entry: Entry): void;
}

const MONTH_LIMIT = 3;

/** Where a key takes the focus; null for keys the grid leaves alone. */
export function nextDay(key: string, day: string, mode: CalendarMode): string | null {
  switch (key) {
    case 'ArrowLeft': return addDays(day, -1);
    case 'ArrowRight': return addDays(day, 1);
    case 'ArrowUp': return addDays(day, -7);
    case 'ArrowDown': return addDays(day, 7);
    case 'Home': return weekStart(day);
    case 'End': return addDays(weekStart(day), 6);
    case 'PageUp': return mode === 'week' ? addDays(day, -7) : addMonths(day, -1);
    case 'PageDown': return mode === 'week' ? addDays(day, 7) : addMonths(day, 1);
    default: return null;
  }
}

/**
 * Week or month of days, one tab stop: the focused day. Arrows move between days, Page
 * Up / Page Down change period, Enter opens the day. Event chips are for the mouse; the
 * keyboard reaches them through the day panel.
 */
export function CalendarGrid(props: GridProps) {
  const grid = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // Layout effect: the new cell takes the focus in the same frame it is drawn.
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-day="${props.focusDay}"]`)?.focus();
  }, [props.focusDay, props.days]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onOpenDay(props.focusDay);
      return;
    }
    const next = nextDay(e.key, props.focusDay, props.mode);
    if (!next) return;
    e.preventDefault();
    moved.current = true;
    props.onFocusDay(next);
  };

  const names = weekdayNames(locale.value, props.mode === 'week' ? 'long' : 'short');
  const rows: string[][] = [];
  for (let i = 0; i < props.days.length; i += 7) rows.push(props.days.slice(i, i + 7));
  const month = props.focusDay.slice(0, 7);
  return (
    <div ref={grid} class={`cmsk-cal__grid cmsk-cal__grid--${props.mode}`} role="grid" aria-label={props.label} aria-describedby="cmsk-cal-help" onKeyDown={onKeyDown}>
      <div role="row" class="cmsk-cal__row cmsk-cal__row--head">
        {names.map((n) => <div key={n} role="columnheader" class="cmsk-cal__head">{n}</div>)}
      </div>
      {rows.map((row) => (
        <div role="row" class="cmsk-cal__row" key={row[0]}>
          {row.map((day) => {
            const list = props.entries.get(day) ?? [];
            const shown = props.mode === 'month' ? list.slice(0, MONTH_LIMIT) : list;
            const focused = day === props.focusDay;
            const classes = ['cmsk-cal__day', focused && 'is-focused', day === props.today && 'is-today', day.slice(0, 7) !== month && props.mode === 'month' && 'is-outside', weekday(day) >= 5 && 'is-weekend'];
            return (
              <div
                key={day}
                role="gridcell"
                data-day={day}
                tabIndex={focused ? 0 : -1}
                aria-selected={focused}
                aria-current={day === props.today ? 'date' : undefined}
                aria-label={`${formatDate(day, locale.value, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}, ${t('calendar.day.count', { count: list.length })}`}
                class={classes.filter(Boolean).join(' ')}
                onClick={() => props.onFocusDay(day)}
                onDblClick={() => props.onOpenDay(day)}
              >
                <span class="cmsk-cal__date" aria-hidden="true">{formatDate(day, locale.value, props.mode === 'week' ? { day: 'numeric', month: 'short' } : { day: 'numeric' })}</span>
                <ul class="cmsk-cal__entries" aria-hidden="true">
                  {shown.map((entry) => (
                    <li key={entry.id}>
                      <button
                        type="button"
                        tabIndex={-1}
                        class={`cmsk-cal__entry${entry.time === null ? ' is-all-day' : ''}`}
                        title={entry.event.title}
                        onClick={(e) => { e.stopPropagation(); props.onFocusDay(day); props.onOpenEntry(entry); }}
                      >
                        {entry.time && <span class="cmsk-cal__time">{entry.time}</span>}
                        <span class="cmsk-cal__title">{entry.event.title}</span>
                      </button>
                    </li>
                  ))}
                  {list.length > shown.length && <li class="cmsk-cal__more">{t('calendar.grid.more', { count: list.length - shown.length })}</li>}
                </ul>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
