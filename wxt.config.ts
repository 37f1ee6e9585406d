import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are the minimum the product needs; README "Permissions" explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cm-sidekick@cm-sidekick.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
