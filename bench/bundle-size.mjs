// What each extension context loads, from the built extension: every entrypoint's JS (its
// file plus the chunks it imports, followed statically) and CSS, raw and gzipped. A shared
// chunk counts in every entrypoint that loads it, because every one of those contexts pays it.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DEFAULT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../.output/chrome-mv3');

const IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g;

function jsClosure(dir, file, seen = new Set()) {
  const path = normalize(file);
  if (seen.has(path) || !existsSync(join(dir, path))) return seen;
  seen.add(path);
  const code = readFileSync(join(dir, path), 'utf8');
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec) continue;
    const next = spec.startsWith('/') ? spec.slice(1) : relative(dir, join(dir, dirname(path), spec));
    jsClosure(dir, next, seen);
  }
  return seen;
}

function htmlAssets(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const resolve = (src) => (src.startsWith('/') ? src.slice(1) : relative(dir, join(dir, dirname(page), src)));
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => resolve(m[1]));
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => resolve(m[1]));
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => resolve(m[1]));
  return { js: [...scripts, ...preloads], css };
}

function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}

/** Entrypoints of the built extension, read from its manifest. */
export function entrypoints(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const list = [];
  const sw = manifest.background?.service_worker;
  if (sw) list.push({ name: 'background', js: [sw], css: [] });
  const modules = (manifest.web_accessible_resources ?? []).flatMap((group) => (group.resources ?? []).filter((r) => r.endsWith('.js')));
  const atLoad = new Set();
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) {
      const name = `content ${basename(js, '.js')}`;
      // In 'ui' injection mode WXT ships the content script's CSS beside it and loads it itself.
      const sibling = js.replace(/\.js$/, '.css');
      const css = [...(cs.css ?? []), ...(existsSync(join(dir, sibling)) && !(cs.css ?? []).includes(sibling) ? [sibling] : [])];
      // The site's module, which the content script imports as soon as it runs (lib/content/site-module.ts): part of what the page loads.
      const module = js.replace(/\.js$/, '-main.js');
      if (modules.includes(module)) atLoad.add(module);
      list.push({ name, js: modules.includes(module) ? [js, module] : [js], css });
    }
  }
  // Modules a content script loads on demand (lib/content/load-ui.ts): paid on the first gesture that needs them, not on page load.
  for (const js of modules.filter((m) => !atLoad.has(m))) list.push({ name: `content on demand ${basename(js, '.js')}`, js: [js], css: [] });
  const popup = manifest.action?.default_popup;
  if (popup) list.push({ name: 'popup', html: popup });
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) list.push({ name: 'options', html: options });
  return list.map((e) => {
    const assets = e.html ? htmlAssets(dir, e.html) : { js: e.js, css: e.css };
    const js = new Set();
    for (const f of assets.js) jsClosure(dir, f, js);
    return { name: e.name, html: e.html ? [e.html] : [], js: [...js], css: assets.css.filter((f) => existsSync(join(dir, f))) };
  });
}

const kB = (bytes) => Math.round(bytes / 102.4) / 10;

/** Rows {name, value, unit, note}: raw and gzip kB of HTML, JS and CSS per entrypoint. */
export function bundleSizeRows(dir = DEFAULT_DIR) {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No extension build at ${dir}: run \`npx wxt build\``);
  const rows = [];
  for (const e of entrypoints(dir)) {
    for (const [kind, files] of [['html', e.html], ['js', e.js], ['css', e.css]]) {
      if (!files.length) continue;
      const size = measure(dir, files);
      // A page may carry its stylesheet inline (the popup does: wxt.config.ts).
      const inline = kind === 'html' && /<style>/.test(readFileSync(join(dir, files[0]), 'utf8')) ? ', CSS inline' : '';
      rows.push({ name: `bundle ${e.name} ${kind}`, value: kB(size.raw), unit: 'kB', note: `${size.files} file${size.files > 1 ? 's' : ''}${inline}` });
      rows.push({ name: `bundle ${e.name} ${kind} (gzip)`, value: kB(size.gzip), unit: 'kB' });
    }
  }
  return rows;
}
