// `npm start`: build, then open Chromium/Chrome with the extension loaded, on x.com.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from 'puppeteer-core';
import { CHROME_HELP, findChrome } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(CHROME_HELP);
  process.exit(1);
}
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const extension = resolve('.output/chrome-mv3');
// A profile of its own, kept between runs, so logging in to X and Facebook once is enough.
const profile = resolve('.cache/chrome-profile');
mkdirSync(profile, { recursive: true });
const browser = await launch({
  executablePath: chrome,
  headless: false,
  pipe: true,
  enableExtensions: [extension],
  defaultViewport: null,
  userDataDir: profile,
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
const [page] = await browser.pages();
await page?.goto('https://x.com/home').catch(() => {});
console.log(`CM Sidekick is loaded from ${extension}. Close the browser window to stop.`);
await new Promise((resolveClosed) => browser.on('disconnected', resolveClosed));
