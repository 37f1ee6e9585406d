import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are the minimum the product needs; README "Permissions" explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Chrome refuses a content script holding a Unicode noncharacter (the template search's U+FFFF
    // range end) as "not UTF-8": emit ASCII only, with \u escapes.
    esbuild: { charset: 'ascii' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*'],
    action: { default_title: '__MSG_extName__' },
    // Alt+Shift+M ("modèle"): X's shortcuts are bare letters, Facebook's Alt+digit; Chrome binds
    // neither combination. On macOS Option+letter types characters, so Control is used there.
    commands: { 'open-template-picker': { suggested_key: { default: 'Alt+Shift+M', mac: 'MacCtrl+Shift+M' }, description: '__MSG_cmdOpenPicker__' }, 'save-focused-post': { suggested_key: { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S' }, description: '__MSG_cmdSavePost__' } },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cm-sidekick@cm-sidekick.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
