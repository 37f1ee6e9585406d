// Create or edit one template: the fields, the syntax beside the reply, a live preview on a sample
// author, the X length warning, and the problems that stop a save (with line and column).

import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging/client';
import type { ErrorDetail } from '@/lib/messages';
import type { Brand, Lang, Template } from '@/lib/schema';
import { t } from '@/lib/state/i18n';
import { render } from '@/lib/templates/render';
import { templateWarnings, warningMessageKey } from '@/lib/templates';
import { variableLabel } from '@/components/picker/picker-types';
import { ErrorList } from '../../ui/error-list';
import { draftProblems, platformsOf, saveRequestOf, type Draft, type DraftField, type DraftProblem } from './draft';
import { SyntaxHelp } from './syntax-help';

/** The preview's sample author: a name whose first name the template engine finds. */
export const SAMPLE_AUTHOR = { displayName: 'Camille Durand', handle: 'camille_durand' };

type Props = {
  initial: Draft;
  original: Template | null;
  templates: readonly Template[];
  brands: readonly Brand[];
  activeBrand: Brand | null;
  myName: string;
  onSaved: (template: Template) => void;
  onCancel: () => void;
};

export function TemplateEditor({ initial, original, templates, brands, activeBrand, myName, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [serverErrors, setServerErrors] = useState<{ message: string; details: ErrorDetail[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const body = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const caret = useRef<number | null>(null);
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));

  useEffect(() => {
    // After inserting a variable, the caret goes right after it.
    if (caret.current === null || !body.current) return;
    body.current.focus();
    body.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [draft.body]);

  const insertToken = (token: string) => {
    const el = body.current;
    const start = el?.selectionStart ?? draft.body.length;
    const end = el?.selectionEnd ?? start;
    caret.current = start + token.length;
    patch({ body: draft.body.slice(0, start) + token + draft.body.slice(end) });
  };

  const selectSpan = (span: { start: number; end: number }) => {
    body.current?.focus();
    body.current?.setSelectionRange(span.start, span.end);
  };

  const brand = brands.find((b) => b.id === draft.brand) ?? activeBrand;
  const ctx = { author: SAMPLE_AUTHOR, me: { name: myName || null }, brand, lang: draft.lang, now: new Date() };
  const preview = render(draft.body, ctx, undefined, { placeholder: (name) => t('templates.preview.missing', { label: variableLabel(name, t) }) }).text;
  const warnings = templateWarnings({ body: draft.body, lang: draft.lang, platforms: platformsOf(draft) });
  const invalid = (field: DraftField) => (problems.some((p) => p.field === field) ? 'true' : undefined);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const found = draftProblems(draft, templates);
    setProblems(found);
    setServerErrors(null);
    if (found.length > 0) return;
    setSaving(true);
    const result = await sendMessage('templates/save', saveRequestOf(draft, original));
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setServerErrors({ message: result.error.message, details: result.error.details ?? [] });
  };

  useEffect(() => {
    if (problems.length > 0 || serverErrors) alertRef.current?.focus();
  }, [problems, serverErrors]);

  const heading = original ? t('templates.editor.editTitle', { title: original.title }) : t('templates.editor.newTitle');
  return (
    <form class="cmsk-tpl-editor" aria-labelledby="cmsk-tpl-editor-title" onSubmit={onSubmit} noValidate>
      <h3 id="cmsk-tpl-editor-title">{heading}</h3>
      <div ref={alertRef} tabIndex={-1} class="cmsk-tpl-editor__alerts">
        {problems.length > 0 && (
          <div class="cmsk-alert cmsk-alert--error" role="alert">
            <p>{t('templates.editor.invalid')}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.span ? (
                    <button type="button" class="cmsk-btn cmsk-btn--link cmsk-tpl-editor__jump" onClick={() => p.span && selectSpan(p.span)}>
                      {t(p.key, p.params)}
                    </button>
                  ) : (
                    t(p.key, p.params)
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {serverErrors && (
          <>
            <p class="cmsk-alert cmsk-alert--error" role="alert">{serverErrors.message}</p>
            <ErrorList title={t('templates.editor.invalid')} errors={serverErrors.details} />
          </>
        )}
      </div>
      <div class="cmsk-tpl-editor__grid">
        <div class="cmsk-tpl-editor__fields">
          <label class="cmsk-field">
            <span>{t('templates.editor.title')}</span>
            <input type="text" value={draft.title} aria-invalid={invalid('title')} maxLength={500} onInput={(e) => patch({ title: e.currentTarget.value })} />
          </label>
          <label class="cmsk-field">
            <span>{t('templates.editor.body')}</span>
            <textarea ref={body} rows={7} value={draft.body} aria-invalid={invalid('body')} spellcheck onInput={(e) => patch({ body: e.currentTarget.value })} />
          </label>
          <section class="cmsk-tpl-preview" aria-labelledby="cmsk-tpl-preview-title">
            <h4 id="cmsk-tpl-preview-title">{t('templates.editor.preview', { name: SAMPLE_AUTHOR.displayName })}</h4>
            <p class="cmsk-tpl-preview__text" aria-live="polite">{preview}</p>
            {warnings.map((w) => (
              <p key={w.code} class="cmsk-tpl-warning" role="status">{t(warningMessageKey(w.code), { weighted: w.weighted, limit: w.limit })}</p>
            ))}
          </section>
          <div class="cmsk-tpl-editor__row">
            <label class="cmsk-field">
              <span>{t('templates.editor.tags')}</span>
              <input type="text" value={draft.tags} onInput={(e) => patch({ tags: e.currentTarget.value })} />
            </label>
            <label class="cmsk-field">
              <span>{t('templates.editor.lang')}</span>
              <select value={draft.lang} onChange={(e) => patch({ lang: e.currentTarget.value as Lang })}>
                <option value="fr">{t('templates.view.lang.fr')}</option>
                <option value="en">{t('templates.view.lang.en')}</option>
              </select>
            </label>
            <label class="cmsk-field">
              <span>{t('templates.editor.brand')}</span>
              <select value={draft.brand ?? ''} onChange={(e) => patch({ brand: e.currentTarget.value || null })}>
                <option value="">{t('templates.view.allBrands')}</option>
                {brands.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select>
            </label>
          </div>
          <div class="cmsk-tpl-editor__row">
            <fieldset class="cmsk-tpl-editor__platforms" aria-invalid={invalid('platforms')}>
              <legend>{t('templates.editor.platforms')}</legend>
              <label class="cmsk-field--inline"><input type="checkbox" checked={draft.x} onChange={(e) => patch({ x: e.currentTarget.checked })} /> {t('templates.view.platform.x')}</label>
              <label class="cmsk-field--inline"><input type="checkbox" checked={draft.facebook} onChange={(e) => patch({ facebook: e.currentTarget.checked })} /> {t('templates.view.platform.facebook')}</label>
            </fieldset>
            <div class="cmsk-field">
              <label for="cmsk-tpl-shortcut">{t('templates.editor.shortcut')}</label>
              <span class="cmsk-tpl-shortcut">
                <span aria-hidden="true">/</span>
                <input id="cmsk-tpl-shortcut" type="text" value={draft.shortcut} aria-invalid={invalid('shortcut')} aria-describedby="cmsk-tpl-shortcut-help" autocomplete="off" spellcheck={false} onInput={(e) => patch({ shortcut: e.currentTarget.value })} />
              </span>
              <small id="cmsk-tpl-shortcut-help" class="cmsk-muted">{t('templates.editor.shortcutHelp')}</small>
            </div>
          </div>
        </div>
        <SyntaxHelp lang={draft.lang} onInsert={insertToken} />
      </div>
      <div class="cmsk-row">
        <button type="submit" class="cmsk-btn cmsk-btn--primary" disabled={saving}>{t('templates.editor.save')}</button>
        <button type="button" class="cmsk-btn" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
