import type { Brand, Lang, Site, Template } from '../../lib/schema';
import type { Params } from '../../lib/i18n';
import type templatesEn from '../../lib/i18n/en/templates';
import type { RenderAuthor, RenderResult, VariableName } from '../../lib/templates/render';
import type { TemplateIndex } from '../../lib/templates/search';

export type TemplatesKey = keyof typeof templatesEn;
/** The app's translator narrowed to this domain's keys; `translate` bound to a locale fits. */
export type PickerTranslate = (key: TemplatesKey, params?: Params) => string;

export type PickerTheme = 'light' | 'dim' | 'dark';

/** What the content script knows about the reply being written. */
export type PickerContext = {
  author?: RenderAuthor | null;
  brand?: Pick<Brand, 'id' | 'name' | 'register' | 'lang'> | null;
  me?: { name?: string | null } | null;
  platform: Site;
  /** The reply's language, preferred when ranking. */
  lang: Lang;
  /** Pinned in tests and previews; defaults to the time the picker opened. */
  now?: Date;
};

export type TemplatePickerProps = {
  templates: readonly Template[];
  context: PickerContext;
  t: PickerTranslate;
  theme: PickerTheme;
  /** Called once, with text ready to insert: no `{{…}}` left and every missing value filled. */
  onPick: (template: Template, rendered: RenderResult) => void;
  onClose: () => void;
  /** How many matches to list; defaults to 20. */
  limit?: number;
  /**
   * The index of `templates`, when the caller keeps one between openings (the content script
   * builds it once per list); built here otherwise.
   */
  index?: TemplateIndex;
  /** The list is still on its way: say so instead of "no templates yet". */
  loading?: boolean;
  /** Opens straight on this template (a `/shortcut` that needs values the post does not give). */
  initial?: Template;
};

export const VARIABLE_LABELS: Record<VariableName, TemplatesKey> = {
  'author.firstName': 'templates.var.author.firstName',
  'author.name': 'templates.var.author.name',
  'author.handle': 'templates.var.author.handle',
  'me.name': 'templates.var.me.name',
  brand: 'templates.var.brand',
  date: 'templates.var.date',
  cursor: 'templates.var.cursor',
};

export function variableLabel(name: string, t: PickerTranslate): string {
  const key = (VARIABLE_LABELS as Record<string, TemplatesKey | undefined>)[name];
  return key ? t(key) : t('templates.var.custom', { name });
}
