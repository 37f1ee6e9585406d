// The template syntax, shown beside the reply being written. Variable names and examples are data
// (never translated, never parsed as message placeholders); only the explanations are strings.

import type { Lang } from '@/lib/schema';
import { t } from '@/lib/state/i18n';
import { VARIABLES, type VariableName } from '@/lib/templates/render';
import { VARIABLE_LABELS } from '@/components/picker/picker-types';

const FALLBACK_EXAMPLE: Record<Lang, string> = {
  fr: '{{author.firstName|à vous}}',
  en: '{{author.firstName|there}}',
};

export function SyntaxHelp({ lang, onInsert }: { lang: Lang; onInsert: (token: string) => void }) {
  return (
    <aside class="cmsk-tpl-help" aria-labelledby="cmsk-tpl-help-title">
      <h4 id="cmsk-tpl-help-title">{t('templates.help.title')}</h4>
      <p class="cmsk-muted">{t('templates.help.intro')}</p>
      <ul class="cmsk-tpl-help__vars">
        {VARIABLES.map((name: VariableName) => {
          const label = t(VARIABLE_LABELS[name]);
          return (
            <li key={name}>
              <button type="button" class="cmsk-tpl-help__var" aria-label={t('templates.help.insert', { label })} onClick={() => onInsert(`{{${name}}}`)}>
                <code>{`{{${name}}}`}</code>
              </button>
              <span>{label}</span>
            </li>
          );
        })}
      </ul>
      <p class="cmsk-muted">
        {t('templates.help.fallback')} <code>{FALLBACK_EXAMPLE[lang]}</code>
      </p>
      <p class="cmsk-muted">{t('templates.help.missing')}</p>
    </aside>
  );
}
