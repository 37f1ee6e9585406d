import common from './en/common';
import errors from './en/errors';
import options from './en/options';
import popup from './en/popup';
import checklist from './en/checklist';
import checklistItems from './en/checklist-items';
import calendar from './en/calendar';
import templates from './en/templates';
import clips from './en/clips';
import tone from './en/tone';
import people from './en/people';

// Each domain owns one module under en/ and fr/; keys are prefixed by domain so they never clash.
export const en = {
  ...common,
  ...errors,
  ...options,
  ...popup,
  ...checklist,
  ...checklistItems,
  ...calendar,
  ...templates,
  ...clips,
  ...tone,
  ...people,
} as const;

export type MessageKey = keyof typeof en;
