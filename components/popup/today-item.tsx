import { useState } from 'preact/hooks';
import type { TodayItem as Item } from '@/lib/checklist/today';
import type { MessageKey } from '@/lib/i18n';
import type { TodayView } from '@/lib/protocol/checklist';
import { editItem, moveItem, removeItem, restoreItem, toggleItem } from '@/lib/state/checklist';
import { t } from '@/lib/state/i18n';
import { DragHandle } from '../ui/drag-reorder';
import { showToast } from '../ui/toast';

const KIND_KEYS: Record<Item['kind'], MessageKey> = {
  routine: 'checklist.kind.routine',
  event: 'checklist.kind.event',
  'follow-up': 'checklist.kind.follow-up',
  once: 'checklist.kind.once',
};

const fail = (error: unknown) => showToast(error instanceof Error ? error.message : String(error), { kind: 'error' });

/** `event:<eventId>:<localStart>`; event ids may hold ":", the local start has a fixed shape. */
function eventIdOf(key: string): string | null {
  const m = /^event:(.+):\d{4}-\d{2}-\d{2}(?:T[\d:]+)?$/.exec(key);
  return m?.[1] ?? null;
}

/** After a move the row is re-rendered elsewhere; focus follows the button the CM pressed. */
function refocus(key: string, direction: 'up' | 'down'): void {
  const find = (d: string) => [...document.querySelectorAll<HTMLButtonElement>('[data-cmsk-move]')].find((b) => b.dataset.cmskMove === `${d}:${key}`);
  const button = find(direction);
  // At the top (or bottom) the arrow just pressed is disabled; the other one takes the focus.
  (button && !button.disabled ? button : find(direction === 'up' ? 'down' : 'up'))?.focus();
}

function EditForm({ item, onDone }: { item: Item; onDone: () => void }) {
  const [label, setLabel] = useState(item.label);
  const [why, setWhy] = useState(item.why);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!label.trim()) return;
    void editItem(item.key, label.trim(), why).then(onDone, fail);
  };
  return (
    <form class="cmsk-today__edit" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <label class="cmsk-field">
        <span>{t('popup.edit.label')}</span>
        <input type="text" value={label} maxLength={500} ref={(el) => el?.focus()} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <label class="cmsk-field">
        <span>{t('popup.edit.why')}</span>
        <textarea rows={2} value={why} onInput={(e) => setWhy(e.currentTarget.value)} />
      </label>
      <div class="cmsk-row">
        <button type="submit" class="cmsk-btn cmsk-btn--primary">{t('common.save')}</button>
        <button type="button" class="cmsk-btn" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

interface ItemProps {
  item: Item;
  index: number;
  count: number;
  /** The drop line shown on this row while another one is dragged. */
  drop?: 'before' | 'after' | undefined;
  dragging?: boolean;
  onDragStart?: (e: PointerEvent) => void;
  /** After a move saved by the background, with the list as saved. */
  onMoved?: (saved: TodayView) => void;
}

export function TodayItem({ item, index, count, drop, dragging = false, onDragStart, onMoved }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const id = `cmsk-item-${index}`;
  const eventId = eventIdOf(item.key);
  const move = (direction: 'up' | 'down') => void moveItem(item.key, direction).then((saved) => {
    refocus(item.key, direction);
    onMoved?.(saved);
  }, fail);
  const remove = async () => {
    try {
      const undo = await removeItem(item.key);
      showToast(t(undo.deleted ? 'popup.deleted' : 'popup.removed', { label: item.label }), { undo: () => void restoreItem(undo).catch(fail) });
    } catch (error) {
      fail(error);
    }
  };
  if (editing) return <li class="cmsk-today__item"><EditForm item={item} onDone={() => setEditing(false)} /></li>;
  return (
    <li class={`cmsk-today__item${item.done ? ' cmsk-today__item--done' : ''}${dragging ? ' is-dragging' : ''}`} data-kind={item.kind} data-cmsk-drop={drop}>
      {onDragStart ? <DragHandle label={t('common.drag')} onPointerDown={onDragStart} /> : <span />}
      <input
        type="checkbox"
        id={id}
        checked={item.done}
        aria-describedby={item.why ? `${id}-why` : undefined}
        onChange={(e) => void toggleItem(item.key, e.currentTarget.checked).catch(fail)}
      />
      <div class="cmsk-today__text">
        <label for={id}>
          {item.time && <span class="cmsk-today__time">{item.time}</span>}
          {item.label}
        </label>
        {item.why && <p id={`${id}-why`} class="cmsk-today__why" title={item.why}>{item.why}</p>}
        <p class="cmsk-today__meta">
          {item.kind !== 'routine' && <span class="cmsk-chip cmsk-chip--muted">{t(KIND_KEYS[item.kind])}</span>}
          {!item.required && <span class="cmsk-chip cmsk-chip--muted">{t('checklist.optional')}</span>}
          {item.url && <a href={item.url} target="_blank" rel="noopener noreferrer">{t('popup.item.openPost')}</a>}
          {eventId && <a href={`/options.html#/calendar/${encodeURIComponent(eventId)}`} target="_blank" rel="noopener">{t('popup.item.openCalendar')}</a>}
        </p>
      </div>
      <div class="cmsk-today__actions">
        <button type="button" class="cmsk-btn cmsk-btn--icon" data-cmsk-move={`up:${item.key}`} disabled={index === 0} aria-label={t('popup.item.moveUp', { label: item.label })} onClick={() => move('up')}>↑</button>
        <button type="button" class="cmsk-btn cmsk-btn--icon" data-cmsk-move={`down:${item.key}`} disabled={index === count - 1} aria-label={t('popup.item.moveDown', { label: item.label })} onClick={() => move('down')}>↓</button>
        {!eventId && <button type="button" class="cmsk-btn cmsk-btn--icon" aria-label={t('popup.item.edit', { label: item.label })} onClick={() => setEditing(true)}>✎</button>}
        <button type="button" class="cmsk-btn cmsk-btn--icon" aria-label={t('popup.item.remove', { label: item.label })} onClick={() => void remove()}>×</button>
      </div>
    </li>
  );
}
