import { useRef, useState } from 'preact/hooks';
import type { TodayView } from '@/lib/protocol/checklist';
import { moveItemTo } from '@/lib/state/checklist';
import { t } from '@/lib/state/i18n';
import { dropMarker, useDragReorder } from '../ui/drag-reorder';
import { showToast } from '../ui/toast';
import { TodayItem } from './today-item';

/** Today's items, reordered by their move buttons or by dragging their handle. */
export function TodayList({ view }: { view: TodayView }) {
  const list = useRef<HTMLUListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  /** Says where an item landed, from the order the background saved. */
  const announce = (saved: TodayView, key: string) => {
    const index = saved.items.findIndex((i) => i.key === key);
    if (index < 0) return;
    setAnnouncement(t('common.moved', { label: saved.items[index]!.label, position: index + 1, count: saved.items.length }));
  };
  // The key is taken when the drag starts: an answer landing mid-drag may re-render the list.
  const dragged = useRef<string | null>(null);
  const { drag, start } = useDragReorder(list, (_from, to) => {
    const key = dragged.current;
    if (!key) return;
    moveItemTo(key, to).then((saved) => announce(saved, key), (error: unknown) => showToast(error instanceof Error ? error.message : String(error), { kind: 'error' }));
  });
  const count = view.items.length;
  return (
    <>
      <ul class="cmsk-today" aria-label={t('popup.list')} ref={list}>
        {view.items.map((item, i) => (
          <TodayItem
            key={item.key}
            item={item}
            index={i}
            count={count}
            drop={dropMarker(drag, i, count)}
            dragging={drag?.from === i}
            onDragStart={(e) => {
              dragged.current = item.key;
              start(i, e);
            }}
            onMoved={(saved) => announce(saved, item.key)}
          />
        ))}
      </ul>
      <p class="cmsk-visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </>
  );
}
