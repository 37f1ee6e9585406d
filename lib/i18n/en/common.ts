// Strings shared by every surface. Domain strings live beside this file, one module per domain.
export default {
  'app.name': 'CM Sidekick',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.undo': 'Undo',
  'common.close': 'Close',
  'common.edit': 'Edit',
  'common.add': 'Add',
  'common.loading': 'Loading…',
  // Reordering lists by drag and drop (the popup's list, the routine).
  'common.drag': 'Drag to reorder',
  'common.moved': '“{label}” moved to position {position} of {count}.',
} as const;
