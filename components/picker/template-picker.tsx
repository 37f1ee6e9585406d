// The in-page template picker. Presentational: the content script mounts it in a shadow root
// (with template-picker.css, imported `?inline` there, so no stylesheet lands in the host page),
// saves the editor's selection before it opens and inserts `rendered` after it closes.

import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Template } from '../../lib/schema';
import { missingValues, render, type RenderContext } from '../../lib/templates/render';
import { createTemplateIndex } from '../../lib/templates/search';
import { FillForm } from './fill-form';
import { variableLabel, type TemplatePickerProps } from './picker-types';

export type { TemplatePickerProps, PickerContext, PickerTheme, PickerTranslate } from './picker-types';

type Step = { kind: 'list' } | { kind: 'fill'; template: Template; missing: string[] };

export function TemplatePicker({ templates, context, t, theme, onPick, onClose, limit = 20, index: givenIndex, loading = false, initial }: TemplatePickerProps) {
  const idBase = `cmsk-picker-${useId()}`;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // One clock for the whole session, so ranking and {{date}} do not shift while the CM types.
  const [openedAt] = useState(() => context.now ?? new Date());
  const [step, setStep] = useState<Step>(() => {
    if (!initial) return { kind: 'list' };
    const missing = missingValues(initial.body, { author: context.author, me: context.me, brand: context.brand, lang: initial.lang, now: openedAt });
    return missing.length > 0 ? { kind: 'fill', template: initial, missing } : { kind: 'list' };
  });
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const index = useMemo(() => givenIndex ?? createTemplateIndex(templates), [givenIndex, templates]);
  const { platform, brand, lang } = context;
  const results = useMemo(
    () =>
      index.search(query, {
        platform,
        brandId: brand?.id ?? null,
        now: openedAt,
        lang,
        register: lang === 'fr' ? brand?.register : undefined,
        limit,
      }),
    [index, query, platform, brand?.id, brand?.register, lang, openedAt, limit],
  );
  const current = Math.min(active, Math.max(0, results.length - 1));

  const ctxFor = (template: Template): RenderContext => ({
    author: context.author,
    me: context.me,
    brand: context.brand,
    lang: template.lang,
    now: openedAt,
  });
  const placeholder = (name: string) => t('templates.preview.missing', { label: variableLabel(name, t) });

  useEffect(() => {
    if (step.kind === 'list') inputRef.current?.focus();
  }, [step.kind]);

  useEffect(() => {
    const option = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    // happy-dom and old engines lack scrollIntoView options; keeping the active option visible is a nicety.
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [current, results]);

  const choose = (template: Template) => {
    const ctx = ctxFor(template);
    const missing = missingValues(template.body, ctx);
    if (missing.length > 0) setStep({ kind: 'fill', template, missing });
    else onPick(template, render(template.body, ctx));
  };

  const onSearchKeyDown = (event: KeyboardEvent) => {
    const move = (delta: number) => {
      if (results.length > 0) setActive((current + delta + results.length) % results.length);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter': {
        // This Enter confirms an IME composition (Japanese, emoji pickers): it is not ours.
        if (event.isComposing) return;
        const picked = results[current];
        if (picked) choose(picked.template);
        break;
      }
      case 'Escape':
        onClose();
        break;
      default:
        return;
    }
    // The host editor must not see the Enter that confirmed the pick, nor the arrows.
    event.preventDefault();
    event.stopPropagation();
  };

  const empty = templates.length === 0;
  const activeId = results.length > 0 ? `${idBase}-opt-${current}` : undefined;

  return (
    <div
      class="cmsk-picker"
      data-theme={theme}
      data-platform={platform}
      role="dialog"
      aria-label={t('templates.picker.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
        // Events leave our shadow root retargeted to its host, which is not an input: X would
        // read typed letters as its own keyboard shortcuts.
        event.stopPropagation();
      }}
      onKeyUp={(event) => event.stopPropagation()}
      onKeyPress={(event) => event.stopPropagation()}
    >
      {step.kind === 'fill' ? (
        <FillForm
          template={step.template}
          missing={step.missing}
          ctx={ctxFor(step.template)}
          idBase={idBase}
          t={t}
          placeholder={placeholder}
          onSubmit={(rendered) => onPick(step.template, rendered)}
          onBack={() => setStep({ kind: 'list' })}
        />
      ) : (
        <>
          <input
            ref={inputRef}
            class="cmsk-picker__search"
            type="search"
            autocomplete="off"
            spellcheck={false}
            aria-label={t('templates.picker.search')}
            placeholder={t('templates.picker.placeholder')}
            aria-controls={`${idBase}-list`}
            aria-activedescendant={activeId}
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onSearchKeyDown}
          />
          <p class="cmsk-picker__sr-only" role="status">
            {empty ? '' : t('templates.picker.results', { count: results.length })}
          </p>
          {results.length > 0 ? (
            <ul ref={listRef} class="cmsk-picker__list" id={`${idBase}-list`} role="listbox" aria-label={t('templates.picker.label')}>
              {results.map((result, i) => (
                <li
                  key={result.template.id}
                  id={`${idBase}-opt-${i}`}
                  role="option"
                  aria-selected={i === current ? 'true' : 'false'}
                  class="cmsk-picker__option"
                  data-out-of-context={result.inContext ? undefined : 'true'}
                  // Keep focus (and the caret) in the searchbox while clicking.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => i !== current && setActive(i)}
                  onClick={() => choose(result.template)}
                >
                  <span class="cmsk-picker__title">
                    {result.template.title}
                    {result.template.example ? <span class="cmsk-picker__badge">{t('templates.picker.example')}</span> : null}
                    {result.inContext ? null : <span class="cmsk-picker__badge">{t('templates.picker.otherContext')}</span>}
                  </span>
                  <span class="cmsk-picker__preview">{render(result.template.body, ctxFor(result.template), undefined, { placeholder }).text}</span>
                </li>
              ))}
            </ul>
          ) : (
            <div class="cmsk-picker__empty" id={`${idBase}-list`}>
              {loading ? (
                <p class="cmsk-picker__hint" aria-busy="true">{t('templates.picker.loading')}</p>
              ) : (
                <>
                  <p class="cmsk-picker__empty-title">{empty ? t('templates.picker.empty.title') : t('templates.picker.noMatch.title', { query })}</p>
                  <p class="cmsk-picker__hint">{empty ? t('templates.picker.empty.hint') : t('templates.picker.noMatch.hint')}</p>
                </>
              )}
            </div>
          )}
          <p class="cmsk-picker__keys" aria-hidden="true">
            {t('templates.picker.keys')}
          </p>
        </>
      )}
    </div>
  );
}
