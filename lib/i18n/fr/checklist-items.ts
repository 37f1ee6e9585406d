import type en from '../en/checklist-items';

export default {
  'checklist.optional': 'Facultatif',
  'checklist.kind.routine': 'Routine',
  'checklist.kind.event': 'Calendrier',
  'checklist.kind.follow-up': 'Suivi',
  'checklist.kind.once': 'Aujourd’hui seulement',
} satisfies Record<keyof typeof en, string>;
