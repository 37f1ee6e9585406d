// Which i18n message explains a validation issue or a warning; the editor formats it with the
// issue's own fields (line, column, name, weighted, limit).
import type { IssueCode } from './parse';
import type { TemplateWarning } from './warnings';

export type IssueMessageKey = `templates.issue.${IssueCode}`;
export type WarningMessageKey = `templates.warning.${TemplateWarning['code']}`;

export const issueMessageKey = (code: IssueCode): IssueMessageKey => `templates.issue.${code}`;
export const warningMessageKey = (code: TemplateWarning['code']): WarningMessageKey => `templates.warning.${code}`;
