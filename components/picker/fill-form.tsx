// Second step of the picker: the template needs values the post does not give (a first name we
// could not guess, the CM's own name). We ask, rather than insert a raw `{{…}}` into the reply.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../lib/schema';
import { render, type RenderContext, type RenderResult } from '../../lib/templates/render';
import { variableLabel, type PickerTranslate } from './picker-types';

type Props = {
  template: Template;
  missing: readonly string[];
  ctx: RenderContext;
  idBase: string;
  t: PickerTranslate;
  /** How a still-missing value shows in the live preview. */
  placeholder: (name: string) => string;
  onSubmit: (rendered: RenderResult) => void;
  onBack: () => void;
};

export function FillForm({ template, missing, ctx, idBase, t, placeholder, onSubmit, onBack }: Props) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [showError, setShowError] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  useEffect(() => {
    inputs.current[0]?.focus();
  }, []);

  const preview = render(template.body, ctx, values, { placeholder }).text;

  const submit = () => {
    const rendered = render(template.body, ctx, values);
    const firstEmpty = missing.findIndex((name) => !values[name]?.trim());
    if (firstEmpty !== -1 || rendered.missing.length > 0) {
      setShowError(true);
      inputs.current[Math.max(0, firstEmpty)]?.focus();
      return;
    }
    onSubmit(rendered);
  };

  return (
    <form
      class="cmsk-picker__fill"
      aria-labelledby={`${idBase}-fill-title`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        // Enter must never reach the host's editor (a lost or split line), and implicit form
        // submission is not reliable inside every host page: handle it here. (No instanceof: in
        // Firefox content scripts the page's elements are not instances of our globals.)
        if (event.key === 'Enter' && (event.target as Element | null)?.tagName === 'INPUT') {
          event.preventDefault();
          event.stopPropagation();
          submit();
        }
      }}
    >
      <p class="cmsk-picker__fill-title" id={`${idBase}-fill-title`}>
        {t('templates.fill.title', { title: template.title })}
      </p>
      <p class="cmsk-picker__hint">{t('templates.fill.hint')}</p>
      {missing.map((name, i) => (
        <label class="cmsk-picker__field" key={name}>
          <span>{variableLabel(name, t)}</span>
          <input
            ref={(el) => {
              inputs.current[i] = el;
            }}
            type="text"
            value={values[name] ?? ''}
            aria-invalid={showError && !values[name]?.trim() ? 'true' : undefined}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setValues((prev) => ({ ...prev, [name]: value }));
            }}
          />
        </label>
      ))}
      <p class="cmsk-picker__preview cmsk-picker__preview--full">{preview}</p>
      {showError ? (
        <p class="cmsk-picker__error" role="alert">
          {t('templates.fill.required')}
        </p>
      ) : null}
      <div class="cmsk-picker__actions">
        <button type="button" class="cmsk-picker__button" onClick={onBack}>
          {t('templates.fill.back')}
        </button>
        <button type="submit" class="cmsk-picker__button cmsk-picker__button--primary">
          {t('templates.fill.submit')}
        </button>
      </div>
    </form>
  );
}
