import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// Registers both catalogues, as the background does when it answers `i18n/catalog`.
import '@/lib/i18n';

beforeEach(() => {
  fakeBrowser.reset();
});
