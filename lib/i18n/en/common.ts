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
} as const;
