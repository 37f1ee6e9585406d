// Renders only the rows in view (plus a margin) of a list of any length: 50,000 saved posts
// cost the same first render as 50. Rows have one fixed height, so no row is measured.

import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  label: string;
  keyOf(item: T): string;
  render(item: T, index: number): ComponentChild;
}

const OVERSCAN = 6;
/** Used until the list is laid out (and by layout-less test DOMs). */
const FALLBACK_HEIGHT = 900;

export function VirtualList<T>({ items, rowHeight, label, keyOf, render }: VirtualListProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || FALLBACK_HEIGHT);
    measure();
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, []);
  // A new result list starts at its top.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setTop(0);
  }, [items]);
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const rows: ComponentChild[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i] as T;
    rows.push(
      <li key={keyOf(item)} class="cmsk-vlist__row" style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }} aria-posinset={i + 1} aria-setsize={items.length}>
        {render(item, i)}
      </li>,
    );
  }
  return (
    <div ref={ref} class="cmsk-vlist" onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <ul class="cmsk-vlist__inner" aria-label={label} style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
