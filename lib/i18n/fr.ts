import common from './fr/common';
import errors from './fr/errors';
import options from './fr/options';
import popup from './fr/popup';
import checklist from './fr/checklist';
import checklistItems from './fr/checklist-items';
import calendar from './fr/calendar';
import templates from './fr/templates';
import clips from './fr/clips';
import tone from './fr/tone';
import people from './fr/people';
import type { MessageKey } from './en';

export const fr: Record<MessageKey, string> = {
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
};
