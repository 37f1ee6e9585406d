import { useState } from 'preact/hooks';
import { lastInteractionAt } from '@/lib/people/people-table';
import type { Segment } from '@/lib/people/segment';
import type { PersonUpsert } from '@/lib/protocol/people';
import { SegmentSchema, type Author } from '@/lib/schema/author';
import { locale, t } from '@/lib/state/i18n';
import { parseTags } from '../../save-button/details-form';

export interface PersonRowProps {
  person: Author;
  /** Everyone else, for "Merge into…". */
  others: readonly Author[];
  onSave(patch: PersonUpsert): Promise<void>;
  onDelete(): void;
  onMerge(intoId: string): void;
}

const nameOf = (p: Author) => p.displayName || p.key;

export function PersonRow({ person, others, onSave, onDelete, onMerge }: PersonRowProps) {
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [firstName, setFirstName] = useState(person.firstName ?? '');
  const [segment, setSegment] = useState<Segment | ''>(person.segment ?? '');
  const [tags, setTags] = useState(person.tags.join(', '));
  const [note, setNote] = useState(person.note);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const last = lastInteractionAt(person);
  const name = nameOf(person);
  const id = `cmsk-person-${person.id.replace(/[^a-z0-9]/giu, '-')}`;

  if (editing) {
    return (
      <tr>
        <td colSpan={7}>
          <form
            class="cmsk-person-edit"
            aria-label={t('people.edit')}
            onSubmit={(e) => {
              e.preventDefault();
              void onSave({ site: person.site, key: person.key, firstName: firstName.trim() || null, segment: segment || null, tags: parseTags(tags), note }).then(() => setEditing(false));
            }}
          >
            <strong>{name}</strong>
            <label class="cmsk-field"><span>{t('people.field.firstName')}</span><input value={firstName} maxLength={500} onInput={(e) => setFirstName(e.currentTarget.value)} /></label>
            <label class="cmsk-field">
              <span>{t('people.field.segment')}</span>
              <select value={segment} onChange={(e) => setSegment(e.currentTarget.value as Segment | '')}>
                <option value="">{t('people.segment.none')}</option>
                {SegmentSchema.options.map((s) => <option key={s} value={s}>{t(`people.segment.${s}`)}</option>)}
              </select>
            </label>
            <label class="cmsk-field"><span>{t('people.field.tags')}</span><input value={tags} maxLength={2000} onInput={(e) => setTags(e.currentTarget.value)} /></label>
            <label class="cmsk-field"><span>{t('people.field.note')}</span><textarea rows={3} value={note} maxLength={20_000} onInput={(e) => setNote(e.currentTarget.value)} /></label>
            <div class="cmsk-row">
              <button type="submit" class="cmsk-btn cmsk-btn--primary">{t('people.save')}</button>
              <button type="button" class="cmsk-btn" onClick={() => setEditing(false)}>{t('common.cancel')}</button>
            </div>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row" id={id}>
        {name}
        <span class="cmsk-muted"> {person.site === 'x' ? `@${person.key}` : person.key}</span>
      </th>
      <td>{person.site === 'x' ? 'X' : 'Facebook'}</td>
      <td>{person.segment ? t(`people.segment.${person.segment}`) : ''}</td>
      <td>{person.tags.map((tag) => <span key={tag} class="cmsk-chip">{tag}</span>)}</td>
      <td class="cmsk-person-note">{person.note}</td>
      <td>
        {person.interactions.length}
        {last && <span class="cmsk-muted"> · {new Intl.DateTimeFormat(locale.value, { day: 'numeric', month: 'short' }).format(new Date(last))}</span>}
        {person.interactions.length > 0 && (
          <ul class="cmsk-person-timeline">
            {person.interactions.slice(-3).reverse().map((i) => <li key={`${i.at}-${i.kind}-${i.post?.postId ?? i.detail}`}>{t(`people.kind.${i.kind}`, { detail: i.detail })}</li>)}
          </ul>
        )}
      </td>
      <td>
        <div class="cmsk-row">
          <button type="button" class="cmsk-btn" aria-describedby={id} onClick={() => setEditing(true)}>{t('people.edit')}</button>
          {others.length > 0 && <button type="button" class="cmsk-btn" aria-describedby={id} aria-expanded={merging} onClick={() => setMerging(!merging)}>{t('people.merge')}</button>}
          <button type="button" class="cmsk-btn cmsk-btn--ghost" aria-describedby={id} onClick={onDelete}>{t('people.delete')}</button>
        </div>
        {merging && (
          <div class="cmsk-row">
            <label class="cmsk-field">
              <span>{t('people.merge.label', { name })}</span>
              <select value={into} onChange={(e) => setInto(e.currentTarget.value)}>
                {others.map((o) => <option key={o.id} value={o.id}>{`${nameOf(o)} (${o.site}:${o.key})`}</option>)}
              </select>
            </label>
            <button type="button" class="cmsk-btn cmsk-btn--primary" disabled={!into} onClick={() => { setMerging(false); onMerge(into); }}>{t('people.merge.confirm')}</button>
          </div>
        )}
      </td>
    </tr>
  );
}
