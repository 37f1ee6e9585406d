// How an item of today's list is labelled, on the popup and in the routine editor. Apart from
// checklist.ts so the popup carries these few words without the routine's texts.
export default {
  'checklist.optional': 'Optional',
  'checklist.kind.routine': 'Routine',
  'checklist.kind.event': 'Calendar',
  'checklist.kind.follow-up': 'Follow-up',
  'checklist.kind.once': 'Today only',
} as const;
