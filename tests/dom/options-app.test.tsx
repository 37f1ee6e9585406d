// The options page's navigation: the view follows the address's hash, also when the hash changes
// before the page's first effects have run (a link followed at once, a test navigating on load).
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { locale } from '@/lib/state/i18n';
import { connect } from './backend-client';

vi.mock('@/lib/messaging/client', async (importOriginal) => (await import('./backend-client')).mockClient(importOriginal as never));

const { OptionsApp } = await import('@/components/options/app');
const root = document.createElement('div');

beforeEach(async () => {
  await connect();
  locale.value = 'en';
  location.hash = '#/settings';
  document.body.append(root);
});
afterEach(() => render(null, root));

it('shows the view named by a hash set before its first effects ran', async () => {
  // Plain Preact, as in the page: effects wait for the next frame, unlike under act().
  render(<OptionsApp />, root);
  location.hash = '#/people';
  dispatchEvent(new HashChangeEvent('hashchange'));
  await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('People'));
});
