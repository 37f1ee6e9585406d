// The card about one person, opened from the marker or the "Note" action next to a post:
// segment, tags, first name and note, edited in place and saved on blur or Enter, and the last
// interactions. Presentational: the feature passes the record and saves what comes back.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey, Params } from '@/lib/i18n';
import type { PersonCard } from '@/lib/protocol/people';
import type { Segment } from '@/lib/people/segment';
import { SEGMENTS } from '@/lib/people/segments';
import { parseTags } from '../save-button/details-form';

export interface PersonFields {
  firstName: string | null;
  segment: Segment | null;
  tags: string[];
  note: string;
}

export interface PeopleCardProps {
  name: string;
  person: PersonCard | null;
  /** What the timeline suggests, shown beside the segment while none is chosen. */
  suggestion: Segment | null;
  /** Pre-filled for someone new: the first name guessed from the display name. */
  guessedFirstName: string | null;
  position: { top: number; left: number };
  t: (key: MessageKey, params?: Params) => string;
  /** Resolves with an error message to show, or null once saved. */
  onSave(fields: PersonFields): Promise<string | null>;
  onClose(): void;
  formatDate(iso: string): string;
}

function fieldsOf(person: PersonCard | null, guessed: string | null): PersonFields {
  return { firstName: person?.firstName ?? guessed, segment: person?.segment ?? null, tags: person?.tags ?? [], note: person?.note ?? '' };
}

const same = (a: PersonFields, b: PersonFields) => JSON.stringify(a) === JSON.stringify(b);

export function PeopleCard({ name, person, suggestion, guessedFirstName, position, t, onSave, onClose, formatDate }: PeopleCardProps) {
  const [saved, setSaved] = useState<PersonFields>(() => fieldsOf(person, guessedFirstName));
  const [firstName, setFirstName] = useState(person?.firstName ?? guessedFirstName ?? '');
  const [segment, setSegment] = useState<Segment | ''>(person?.segment ?? '');
  const [tags, setTags] = useState((person?.tags ?? []).join(', '));
  const [note, setNote] = useState(person?.note ?? '');
  const [status, setStatus] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);

  const current = (): PersonFields => ({ firstName: firstName.trim() || null, segment: segment || null, tags: parseTags(tags), note: note.slice(0, 20_000) });
  const save = async (force = false) => {
    const next = current();
    if (!force && same(next, saved)) return;
    const error = await onSave(next);
    if (error) setStatus(t('people.card.saveFailed', { message: error }));
    else {
      setSaved(next);
      setStatus(t('people.card.saved'));
    }
  };
  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void save();
    }
  };
  const interactions = [...(person?.interactions ?? [])].reverse();
  const titleId = 'cmsk-people-card-title';
  return (
    <div
      class="cmsk-card"
      role="dialog"
      aria-labelledby={titleId}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      // Host shortcuts (X's "l" to like, "j" to move on) must not fire while the CM types here.
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          void save().then(onClose);
        }
      }}
    >
      <div class="cmsk-card__head">
        <p class="cmsk-card__title" id={titleId}>{t('people.card.title', { name })}</p>
        <button type="button" class="cmsk-card__close" aria-label={t('people.card.close')} onClick={() => void save().then(onClose)}>×</button>
      </div>
      <label>
        <span>{t('people.field.note')}</span>
        <textarea ref={noteRef} rows={3} value={note} maxLength={20_000} onInput={(e) => setNote(e.currentTarget.value)} onBlur={() => void save()} onKeyDown={onEnter} />
      </label>
      <div class="cmsk-card__row">
        <label>
          <span>{t('people.field.segment')}</span>
          <select value={segment} onChange={(e) => { setSegment(e.currentTarget.value as Segment | ''); }} onBlur={() => void save()}>
            <option value="">{t('people.segment.none')}</option>
            {SEGMENTS.map((s) => <option key={s} value={s}>{t(`people.segment.${s}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('people.field.firstName')}</span>
          <input type="text" value={firstName} maxLength={500} onInput={(e) => setFirstName(e.currentTarget.value)} onBlur={() => void save()} onKeyDown={onEnter} />
        </label>
      </div>
      {!segment && suggestion && <p class="cmsk-card__hint">{t('people.card.suggested', { segment: t(`people.segment.${suggestion}`) })}</p>}
      <label>
        <span>{t('people.field.tags')}</span>
        <input type="text" value={tags} maxLength={2000} onInput={(e) => setTags(e.currentTarget.value)} onBlur={() => void save()} onKeyDown={onEnter} />
      </label>
      <section aria-label={t('people.card.interactions')}>
        <p class="cmsk-card__sub">{t('people.card.interactions')}</p>
        {interactions.length === 0 ? (
          <p class="cmsk-card__hint">{t('people.card.noInteractions')}</p>
        ) : (
          <ul class="cmsk-card__list">
            {interactions.map((i) => (
              <li key={`${i.at}-${i.kind}`}>
                <span>{t(`people.kind.${i.kind}`, { detail: i.detail })}</span> <time dateTime={i.at}>{formatDate(i.at)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p class="cmsk-card__status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
