// .ics import and export of the editorial calendar (RFC 5545).
export { toIcs, PRODID } from './ics-export';
export { parseIcs, MAX_ICS_BYTES, MAX_ICS_EVENTS, type ParseIcsOptions, type ParseIcsResult, type IcsIssue, type IcsIssueCode } from './ics-import';
