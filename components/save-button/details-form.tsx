// The small form opened by Alt+click, the ▾ button or a long press on the save button: tags,
// competitor and note, set at save time. Presentational; Escape or Cancel closes it.

import { useEffect, useRef, useState } from 'preact/hooks';

export interface DetailsValue {
  tags: string[];
  competitor: string | null;
  note: string;
}

export interface DetailsFormProps {
  initial: DetailsValue;
  /** Competitors from the CM's watch list, offered as suggestions. */
  competitors: readonly string[];
  /** Where to show it, in viewport pixels (under the save button). */
  position: { top: number; left: number };
  labels: { title: string; tags: string; competitor: string; note: string; save: string; cancel: string };
  onSubmit(value: DetailsValue): void;
  onClose(): void;
}

/** "promo, Lyon ,, promo" → ["promo", "Lyon"]. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/u)) {
    const tag = raw.trim().slice(0, 100);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 50);
}

export function DetailsForm({ initial, competitors, position, labels, onSubmit, onClose }: DetailsFormProps) {
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [competitor, setCompetitor] = useState(initial.competitor ?? '');
  const [note, setNote] = useState(initial.note);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="cmsk-form" role="dialog" aria-label={labels.title} style={{ top: `${position.top}px`, left: `${position.left}px` }}>
      <form
        class="cmsk-form__body"
        // Host shortcuts (X's "l" to like, "j" to move on) must not fire while the CM types here.
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit({ tags: parseTags(tags), competitor: competitor.trim() || null, note: note.slice(0, 20_000) });
        }}
      >
        <p class="cmsk-form__title">{labels.title}</p>
        <label>
          <span>{labels.tags}</span>
          <input ref={first} type="text" value={tags} maxLength={2000} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label>
          <span>{labels.competitor}</span>
          <input type="text" list="cmsk-competitors" value={competitor} maxLength={500} onInput={(e) => setCompetitor(e.currentTarget.value)} />
          <datalist id="cmsk-competitors">
            {competitors.map((c) => <option key={c} value={c} />)}
          </datalist>
        </label>
        <label>
          <span>{labels.note}</span>
          <textarea rows={3} value={note} maxLength={20_000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <div class="cmsk-form__actions">
          <button type="button" class="cmsk-form__cancel" onClick={onClose}>{labels.cancel}</button>
          <button type="submit" class="cmsk-form__save">{labels.save}</button>
        </div>
      </form>
    </div>
  );
}
