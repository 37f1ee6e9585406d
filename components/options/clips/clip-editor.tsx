// Edits one saved post's tags, competitor and note. The post's own fields are what the page
// showed and stay as saved.

import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '../../save-button/details-form';
import type { ClipDetails, ClipSummary } from '@/lib/protocol/clips';
import { t } from '@/lib/state/i18n';

export interface ClipEditorProps {
  clip: ClipSummary;
  competitors: readonly string[];
  onSave(details: ClipDetails): void;
  onClose(): void;
}

export function ClipEditor({ clip, competitors, onSave, onClose }: ClipEditorProps) {
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [competitor, setCompetitor] = useState(clip.competitor ?? '');
  const [note, setNote] = useState(clip.note);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="cmsk-modal" role="dialog" aria-modal="true" aria-labelledby="clip-editor-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        class="cmsk-modal__card cmsk-stack"
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ tags: parseTags(tags), competitor: competitor.trim() || null, note });
        }}
      >
        <h3 id="clip-editor-title">{t('clips.edit.title')}</h3>
        <p class="cmsk-muted cmsk-modal__quote">{`${clip.authorName}: ${clip.text.slice(0, 200)}`}</p>
        <label class="cmsk-field">
          <span>{t('clips.form.tags')}</span>
          <input ref={first} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label class="cmsk-field">
          <span>{t('clips.form.competitor')}</span>
          <input type="text" list="cmsk-editor-competitors" value={competitor} maxLength={500} onInput={(e) => setCompetitor(e.currentTarget.value)} />
          <datalist id="cmsk-editor-competitors">{competitors.map((c) => <option key={c} value={c} />)}</datalist>
        </label>
        <label class="cmsk-field">
          <span>{t('clips.form.note')}</span>
          <textarea rows={4} value={note} maxLength={20_000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <div class="cmsk-row">
          <button type="submit" class="cmsk-btn cmsk-btn--primary">{t('common.save')}</button>
          <button type="button" class="cmsk-btn" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </div>
  );
}
