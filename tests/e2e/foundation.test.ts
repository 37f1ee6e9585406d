// The foundation in a real browser: the built extension loads, the options page imports and
// exports backups through its real file input and download, and data survives the service
// worker being stopped the way Chrome stops it when idle.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionHarness } from './harness';
import { launchWithExtension } from './harness';

const BODY = "Bonjour {{author.firstName|à vous}},\nDésolés pour ce retard, on regarde tout de suite.\n\nL'équipe Acme";

let h: ExtensionHarness;
let dir: string;

beforeAll(async () => {
  h = await launchWithExtension();
  dir = await mkdtemp(join(tmpdir(), 'cmsk-backup-'));
});

afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function importFile(page: Page, name: string, content: string): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, content);
  const input = await page.waitForSelector('input[type="file"][aria-label="Import backup"]');
  await input!.uploadFile(path);
}

/** Captures the next download of the page into a folder of its own and returns its text. */
async function captureDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const target = await mkdtemp(join(dir, 'dl-'));
  const session = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: target, eventsEnabled: true });
  const done = new Promise<void>((resolve, reject) =>
    session.on('Browser.downloadProgress', (e) => (e.state === 'completed' ? resolve() : e.state === 'canceled' ? reject(new Error('download canceled')) : undefined)),
  );
  try {
    await click();
    await done;
  } finally {
    await session.detach();
  }
  const [name] = await readdir(target);
  return { name: name!, text: await readFile(join(target, name!), 'utf8') };
}

/**
 * Waits until the settings view stops moving: the storage status renders asynchronously above
 * the backup section, and a click aimed at "Export backup" before that lands on the wrong spot.
 */
async function settingsSettled(page: Page): Promise<void> {
  await page.waitForSelector('#storage-title');
}

async function templateTitles(page: Page): Promise<string[]> {
  await page.goto(`chrome-extension://${h.extensionId}/options.html#/templates`);
  await page.waitForSelector('.cmsk-card__title');
  return page.$$eval('.cmsk-card__title', (els) => els.map((e) => e.textContent ?? ''));
}

describe('the built extension', () => {
  it('declares only the permissions the README explains', async () => {
    const worker = await h.worker();
    const manifest = (await worker.evaluate('chrome.runtime.getManifest()')) as { permissions: string[]; host_permissions: string[]; manifest_version: number };
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage', 'unlimitedStorage']);
    expect([...manifest.host_permissions].sort()).toEqual(['https://twitter.com/*', 'https://www.facebook.com/*', 'https://x.com/*']);
  });

  it('opens the options page on all its views, in the browser language', async () => {
    const page = await h.openExtensionPage('options.html');
    await page.waitForSelector('nav a');
    const nav = await page.$$eval('nav[aria-label="Sections"] a', (els) => els.map((e) => e.textContent));
    expect(nav).toEqual(['Templates', 'Saved posts', 'Calendar', 'Checklist', 'People', 'Activity', 'Settings']);
    await page.close();
  });
});

describe('backup in the options page', () => {
  it('imports a hand-written backup through "Import backup" and lists the template titles', async () => {
    const page = await h.openExtensionPage('options.html#/settings');
    const file = { templates: [{ title: 'Retard de livraison (Acme)', body: BODY }, { title: 'Merci pour votre retour', body: 'Merci {{author.firstName}} !' }] };
    await importFile(page, 'hand-written.json', JSON.stringify(file));
    await page.waitForFunction(() => document.querySelector('.cmsk-alert--ok')?.textContent?.includes('Imported: 2 template(s)'));
    const titles = await templateTitles(page);
    expect(titles).toContain('Retard de livraison (Acme)');
    expect(titles).toContain('Merci pour votre retour');
    await page.close();
  });

  it('refuses an invalid file whole, says which record is wrong, and writes nothing', async () => {
    const page = await h.openExtensionPage('options.html#/settings');
    const before = await templateTitles(page);
    await page.goto(`chrome-extension://${h.extensionId}/options.html#/settings`);
    const file = { templates: [{ title: 'Ne doit pas entrer', body: 'x' }, { title: '<img src=x onerror=alert(1)>' }] };
    await importFile(page, 'bad.json', JSON.stringify(file));
    const alert = await page.waitForSelector('[role="alert"] li');
    expect(await alert!.evaluate((el) => el.textContent)).toBe('templates[1].body is missing');
    expect(await templateTitles(page)).toEqual(before);

    await page.goto(`chrome-extension://${h.extensionId}/options.html#/settings`);
    await importFile(page, 'not-json.json', '{"templates": [');
    await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes('not valid JSON'));
    await page.close();
  });

  it('export then import is lossless', async () => {
    const page = await h.openExtensionPage('options.html#/settings');
    await settingsSettled(page);
    const first = await captureDownload(page, async () => {
      const [button] = await page.$$('xpath/.//button[text()="Export backup"]');
      await button!.click();
    });
    expect(first.name).toMatch(/^cm-sidekick-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(first.text) as { format: string; version: number; templates: Array<{ title: string; body: string }>; exportedAt: string };
    expect(exported).toMatchObject({ format: 'cm-sidekick', version: 1 });
    expect(exported.templates.find((t) => t.title === 'Retard de livraison (Acme)')?.body).toBe(BODY);

    // Importing the export changes nothing: same ids replace themselves.
    // A reload, not goto of the same #/settings URL (a same-document navigation): the page must
    // start fresh, without the first export's toast lying over "Export backup".
    await page.reload();
    await settingsSettled(page);
    await importFile(page, 'round-trip.json', first.text);
    await page.waitForSelector('.cmsk-alert--ok');
    const second = await captureDownload(page, async () => {
      const [button] = await page.$$('xpath/.//button[text()="Export backup"]');
      await button!.click();
    });
    const again = JSON.parse(second.text) as typeof exported;
    expect({ ...again, exportedAt: exported.exportedAt }).toEqual(exported);
    await page.close();
  });
});

describe('service worker restarts', () => {
  it('keeps settings and answers the first message after Chrome stopped the worker', async () => {
    const page = await h.openExtensionPage('options.html#/settings');
    const name = await page.waitForSelector('xpath/.//label[span[starts-with(text(), "Your name")]]//input');
    await name!.type('Léa Martin');
    const [save] = await page.$$('xpath/.//button[text()="Save settings"]');
    await save!.click();
    await page.waitForFunction(() => document.querySelector('.cmsk-toast')?.textContent?.includes('Settings saved.'));

    await h.stopWorker();
    expect(h.browser.targets().some((t) => t.type() === 'service_worker' && t.url().includes(h.extensionId))).toBe(false);

    // Reloading sends settings/get to a stopped worker: Chrome starts it, the data is there.
    await page.reload();
    const value = await page.waitForSelector('xpath/.//label[span[starts-with(text(), "Your name")]]//input');
    await page.waitForFunction((el) => (el as HTMLInputElement).value !== '', {}, value);
    expect(await value!.evaluate((el) => (el as HTMLInputElement).value)).toBe('Léa Martin');
    expect(await templateTitles(page)).toContain('Retard de livraison (Acme)');
    await page.close();
  });

  it('made no network request at any point', () => {
    h.assertNoNetwork();
  });
});
