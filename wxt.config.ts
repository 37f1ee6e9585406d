import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { build, mergeConfig, type InlineConfig, type Plugin, type PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const X_SITES = ['https://x.com/*', 'https://twitter.com/*'];
const FACEBOOK_SITES = ['https://www.facebook.com/*'];
const SITES = [...X_SITES, ...FACEBOOK_SITES];
/** The in-page UI module (lib/content-ui), loaded by the content scripts on demand: see lib/content/load-ui.ts. */
const CONTENT_UI = 'content-scripts/ui.js';
/**
 * Each site's features, as an ES module its content script imports at once (lib/content/site-module.ts):
 * Chromium compiles a module from the extension off the main thread and keeps its compiled code
 * between page loads, where a classic content script is parsed anew on the page's main thread
 * every time. Each is listed as web-accessible for its own site only.
 */
const SITE_MODULES = ([['x', X_SITES], ['facebook', FACEBOOK_SITES]] as const).map(([site, matches]) => ({
  file: `content-scripts/${site}-main.js`,
  entry: `lib/content/sites/${site}.ts`,
  matches,
}));

// The content scripts' own build settings, reused for the UI module so both compile alike.
let contentScriptConfig: InlineConfig | null = null;

/**
 * Vite leaves whitespace in library ES output (it keeps tree-shaking hints); these files ship as
 * they are, so each is minified whole, `banner` first. A source-mapped build (bench/) is left
 * as Vite wrote it, so its map still points at the sources: it only gains the banner's line.
 */
function minifyModule(banner = ''): Plugin {
  return {
    name: 'cmsk:minify-module',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const head = banner ? `${banner}\n` : '';
        if (chunk.map) {
          chunk.code = head + chunk.code;
          const map = bundle[`${chunk.fileName}.map`];
          // One more generated line, with no mappings, ahead of all the others.
          if (head && map?.type === 'asset') {
            const json = JSON.parse(String(map.source)) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
          continue;
        }
        chunk.code = head + (await transform(chunk.code, { minify: true, format: 'esm', charset: 'ascii', target: 'es2022' })).code;
      }
    },
  };
}

/**
 * V8's explicit compile hint: every function of the file is compiled with it, off the page's
 * main thread, and the compiled code goes into the module's code cache. A site module's
 * functions nearly all run at load (mounting on the posts in view), so no tab compiles them lazily on its main thread.
 */
const COMPILE_ALL = '//# allFunctionsCalledOnLoad';

/**
 * The popup's stylesheet goes into its HTML as a <style> element: a linked stylesheet is one more
 * file to fetch, and the page's module waits for it before painting the list. Extension-page CSP
 * restricts scripts, not styles.
 */
const inlinePopupCss: Plugin = {
  name: 'cmsk:inline-popup-css',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('popup/index.html'));
    if (!html || html.type !== 'asset') throw new Error('The popup build produced no popup page');
    html.source = String(html.source).replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_tag, fileName: string) => {
      const css = bundle[fileName];
      if (!css || css.type !== 'asset') throw new Error(`The popup page links ${fileName}, which the build did not emit`);
      delete bundle[fileName];
      return `<style>${String(css.source).replaceAll('</', '<\\/')}</style>`;
    });
  },
};

/** WXT's plugins for a classic content script, minus the one that appends the script's result: in a module it is an undefined name. */
function modulePlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).flat(Infinity as 1).filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'));
}

// Permissions are the minimum the product needs; README "Permissions" explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // bench/feature-cost.bench.ts builds a source-mapped copy elsewhere, to attribute script time to features.
  ...(process.env.CMSK_BENCH_OUT_DIR ? { outDir: process.env.CMSK_BENCH_OUT_DIR } : {}),
  vite: () => ({
    plugins: [preact()],
    // Chrome refuses a content script holding a Unicode noncharacter (the template search's U+FFFF
    // range end) as "not UTF-8": emit ASCII only, with \u escapes.
    esbuild: { charset: 'ascii' },
    build: {
      // Vite's modulepreload polyfill watches the whole document while the popup paints; every
      // browser the extension supports preloads modules natively.
      modulePreload: { polyfill: false },
      ...(process.env.CMSK_BENCH_OUT_DIR ? { sourcemap: true } : {}),
    },
    define: { 'import.meta.env.CMSK_UI_CHUNK': JSON.stringify(CONTENT_UI) },
  }),
  hooks: {
    // WXT builds every HTML page together, so the popup would load the chunks it shares with the
    // options page as separate modules. Built alone it is one script, the fastest first paint.
    'entrypoints:grouped': (wxt, groups) => {
      if (wxt.config.command !== 'build') return;
      for (const [i, group] of groups.entries()) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.find((e) => e.type === 'popup');
        if (!popup) continue;
        groups[i] = group.filter((e) => e !== popup);
        groups.push([popup]);
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // Only the build splits the popup out (entrypoints:grouped), so only then is it alone.
      if (entrypoints.length === 1 && entrypoints[0]!.type === 'popup') config.plugins = [...(config.plugins ?? []), inlinePopupCss];
      const pages = entrypoints.some((e) => e.type === 'popup' || e.type === 'options');
      if (!pages && !entrypoints.some((e) => e.type === 'content-script')) return;
      // In X and Facebook tabs, the browser's own API: see lib/content/browser.ts.
      const shims = [{ find: /^wxt\/browser$/, replacement: resolve(import.meta.dirname, 'lib/content/browser.ts') }];
      // The content scripts' lifetime, without the rest of WXT's context: see lib/content/lifetime.ts.
      if (!pages) shims.push({ find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'lib/content/lifetime.ts') });
      config.resolve ??= {};
      const alias = config.resolve.alias;
      config.resolve.alias = Array.isArray(alias) ? [...shims, ...alias] : [...shims, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
      if (!pages) contentScriptConfig = config;
    },
    // WXT bundles each content script as one classic script, which only imports its site's
    // module; those and the UI module (loaded on the first gesture that needs it) are ES
    // modules built beside them with the content scripts' settings.
    'build:done': async (wxt) => {
      // Dev mode also calls this after rebuilding other entrypoints: the last content script's
      // settings still apply. A production build without one is a broken configuration.
      if (!contentScriptConfig) {
        if (wxt.config.command === 'build') throw new Error('No content script was built, so the UI module has no build settings to reuse');
        return;
      }
      const base = contentScriptConfig;
      // One build per module, each self-contained: a site's features load as one file.
      const modules = [{ file: CONTENT_UI, entry: 'lib/content-ui/index.ts', banner: '' }, ...SITE_MODULES.map((m) => ({ ...m, banner: COMPILE_ALL }))];
      for (const { file, entry, banner } of modules) {
        const name = file.slice(file.lastIndexOf('/') + 1);
        await build(mergeConfig({ ...base, plugins: modulePlugins(base.plugins) }, {
          logLevel: 'warn',
          plugins: [minifyModule(banner)],
          build: {
            emptyOutDir: false,
            outDir: resolve(wxt.config.outDir, 'content-scripts'),
            lib: { entry: resolve(wxt.config.root, entry), formats: ['es'], fileName: () => name },
            rollupOptions: { output: { entryFileNames: name, inlineDynamicImports: true } },
          },
        } satisfies InlineConfig));
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Only the supported sites may load it, and only our content scripts do.
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources: [CONTENT_UI], matches: SITES },
        ...SITE_MODULES.map(({ file, matches }) => ({ resources: [file], matches: [...matches] })),
      ] as typeof manifest.web_accessible_resources;
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: SITES,
    action: { default_title: '__MSG_extName__' },
    // Alt+Shift+M ("modèle"): X's shortcuts are bare letters, Facebook's Alt+digit; Chrome binds
    // neither combination. On macOS Option+letter types characters, so Control is used there.
    commands: { 'open-template-picker': { suggested_key: { default: 'Alt+Shift+M', mac: 'MacCtrl+Shift+M' }, description: '__MSG_cmdOpenPicker__' }, 'save-focused-post': { suggested_key: { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S' }, description: '__MSG_cmdSavePost__' } },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cm-sidekick@cm-sidekick.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
