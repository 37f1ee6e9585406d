export * from './render';
export { deriveFirstName } from './first-name';
export { createTemplateIndex } from './search';
export type { SearchOptions, SearchResult, TemplateIndex, Register } from './search';
export { starterTemplates, starterId } from './starters';
export { templateWarnings } from './warnings';
export type { TemplateWarning } from './warnings';
export { issueMessageKey, warningMessageKey } from './messages';
export type { IssueMessageKey, WarningMessageKey } from './messages';
