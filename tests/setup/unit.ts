import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// Registers both catalogues, as the content script does with the strings `content/start` answers.
import '@/lib/i18n';

beforeEach(() => {
  fakeBrowser.reset();
});
