import { useRef, useState } from 'preact/hooks';
import { WEEKDAY_CODES } from '@/lib/calendar/civil';
import type { ChecklistItem } from '@/lib/schema/checklist';
import { deleteRoutineItem, moveRoutineItem, moveRoutineItemTo, restoreRoutineItem, routine, saveRoutineItem, type RoutineDraft } from '@/lib/state/checklist';
import { locale, t } from '@/lib/state/i18n';
import { settings } from '@/lib/state/settings';
import { DragHandle, dropMarker, useDragReorder } from '../../ui/drag-reorder';
import { EmptyState } from '../../ui/empty-state';
import { showToast } from '../../ui/toast';
import { weekdayNames } from '../calendar/dates';
import { RoutineForm } from './routine-form';

const fail = (error: unknown) => showToast(error instanceof Error ? error.message : String(error), { kind: 'error' });

function summary(item: ChecklistItem): string {
  const r = item.recurrence;
  if (r.kind === 'daily') return t('checklist.recurrence.daily');
  if (r.kind === 'weekly') {
    const names = weekdayNames(locale.value, 'long');
    return t('checklist.summary.weekly', { days: r.days.map((d) => names[WEEKDAY_CODES.indexOf(d)]).join(', ') });
  }
  if (r.kind === 'monthly') return r.day === 31 ? t('checklist.summary.monthly-last') : t('checklist.summary.monthly', { day: r.day });
  return r.day;
}

/** The routine, in order: each step can be edited, moved (buttons or drag), deleted (with undo); new steps go last. */
export function RoutineList() {
  const list = routine.value ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const brandName = (id: string | null) => settings.value?.brands.find((b) => b.id === id)?.name ?? null;
  const save = async (draft: RoutineDraft) => {
    try {
      await saveRoutineItem(draft);
      setEditing(null);
      showToast(t('checklist.routine.saved'));
    } catch (error) {
      fail(error);
    }
  };
  const remove = async (item: ChecklistItem) => {
    try {
      const deleted = await deleteRoutineItem(item.id);
      if (deleted) showToast(t('checklist.routine.deleted', { label: item.label }), { undo: () => void restoreRoutineItem(deleted).catch(fail) });
    } catch (error) {
      fail(error);
    }
  };
  // Focus follows the moved step; at the top (or bottom) its other arrow takes it.
  const refocus = (id: string, direction: 'up' | 'down') => {
    const other = direction === 'up' ? 'down' : 'up';
    const pick = (d: string) => document.querySelector<HTMLButtonElement>(`[data-cmsk-routine-move="${d}:${CSS.escape(id)}"]`);
    const button = pick(direction);
    (button && !button.disabled ? button : pick(other))?.focus();
  };
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  /** Says where the step landed, from the order the background saved. */
  const announce = (saved: ChecklistItem[], id: string) => {
    const index = saved.findIndex((i) => i.id === id);
    if (index >= 0) setAnnouncement(t('common.moved', { label: saved[index]!.label, position: index + 1, count: saved.length }));
  };
  const move = (item: ChecklistItem, direction: 'up' | 'down') => void moveRoutineItem(item.id, direction).then((saved) => {
    refocus(item.id, direction);
    announce(saved, item.id);
  }, fail);
  // The id is taken when the drag starts: an answer landing mid-drag may re-render the list.
  const dragged = useRef<string | null>(null);
  const { drag, start } = useDragReorder(listRef, (_from, to) => {
    const id = dragged.current;
    if (id) moveRoutineItemTo(id, to).then((saved) => announce(saved, id), fail);
  });

  return (
    <section class="cmsk-stack" aria-labelledby="cmsk-routine-title">
      <div class="cmsk-row cmsk-routine__head">
        <h3 id="cmsk-routine-title">{t('checklist.routine.title')}</h3>
        <button type="button" class="cmsk-btn cmsk-btn--primary" onClick={() => setEditing('new')}>{t('checklist.routine.add')}</button>
      </div>
      <p class="cmsk-muted">{t('checklist.routine.help')}</p>
      {editing === 'new' && (
        <div class="cmsk-card"><h4>{t('checklist.routine.new')}</h4><RoutineForm item={null} onSave={save} onCancel={() => setEditing(null)} /></div>
      )}
      {list.length === 0 && editing !== 'new' ? (
        <EmptyState title={t('checklist.routine.empty.title')}>{t('checklist.routine.empty.body')}</EmptyState>
      ) : (
        <ol class="cmsk-list cmsk-routine__list" ref={listRef}>
          {list.map((item, i) => (
            <li key={item.id} class={`cmsk-card cmsk-routine__item${drag?.from === i ? ' is-dragging' : ''}`} data-cmsk-drop={dropMarker(drag, i, list.length)}>
              {editing === item.id ? (
                <RoutineForm item={item} onSave={save} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <DragHandle label={t('common.drag')} onPointerDown={(e) => { dragged.current = item.id; start(i, e); }} />
                  <div class="cmsk-routine__text">
                    <strong>{item.label}</strong>
                    {item.why && <p class="cmsk-muted">{item.why}</p>}
                    <p class="cmsk-routine__meta">
                      <span class="cmsk-chip cmsk-chip--muted">{summary(item)}</span>
                      {!item.required && <span class="cmsk-chip cmsk-chip--muted">{t('checklist.optional')}</span>}
                      {brandName(item.brand) && <span class="cmsk-chip cmsk-chip--muted">{brandName(item.brand)}</span>}
                    </p>
                  </div>
                  <div class="cmsk-routine__actions">
                    <button type="button" class="cmsk-btn cmsk-btn--icon" data-cmsk-routine-move={`up:${item.id}`} disabled={i === 0} aria-label={t('checklist.routine.moveUp', { label: item.label })} onClick={() => move(item, 'up')}>↑</button>
                    <button type="button" class="cmsk-btn cmsk-btn--icon" data-cmsk-routine-move={`down:${item.id}`} disabled={i === list.length - 1} aria-label={t('checklist.routine.moveDown', { label: item.label })} onClick={() => move(item, 'down')}>↓</button>
                    <button type="button" class="cmsk-btn" aria-label={t('checklist.routine.edit', { label: item.label })} onClick={() => setEditing(item.id)}>{t('common.edit')}</button>
                    <button type="button" class="cmsk-btn" aria-label={t('checklist.routine.delete', { label: item.label })} onClick={() => void remove(item)}>{t('common.delete')}</button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <p class="cmsk-visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </section>
  );
}
