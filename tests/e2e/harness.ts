// Real-browser harness: Chromium with CM Sidekick loaded, the host fixture pages served at
// their real URLs, and every other request refused and recorded.
//
// Interception is browser-wide (CDP Fetch on the browser target), so pages, extension pages
// and the extension's service worker all go through it; the extension is installed only once
// interception is on, so not even its first request escapes. As a second fence, Chromium's
// resolver maps every host to "not found". Requests are attributed to the extension when they
// carry its origin, come from one of its targets (service worker, popup, options) or were
// started by one of its scripts (content-script fetches, seen in the page's initiator stack).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page, Protocol, Target, WebWorker } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { FIXTURE_ROUTES } from '../fixtures/routes';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(PROJECT_ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = join(PROJECT_ROOT, 'tests/fixtures');

const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Anything that slipped past interception (WebSockets are not seen by Fetch) fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export interface RecordedRequest {
  url: string;
  method: string;
  /** CDP resource type: Document, Script, XHR, Fetch, Image, WebSocket… */
  resourceType: string;
  outcome: 'served' | 'refused';
  /** URL of the page, frame, worker or extension page that made the request; "browser" if none. */
  initiator: string;
  /** The script that started it, when the page's initiator stack names one. */
  initiatorScript?: string;
  frameId?: string;
  fromExtension: boolean;
  /** ms since the harness started. */
  at: number;
}

export interface FixtureResponse {
  body: string | Buffer;
  contentType?: string;
  status?: number;
}

export interface LaunchOptions {
  /** Unpacked extension to load; defaults to .output/chrome-mv3. */
  extensionDir?: string;
  /** Extra routes, checked before the fixture routes: an exact URL or a pattern. */
  routes?: ReadonlyArray<[string | RegExp, FixtureResponse]>;
}

export interface OpenPageOptions {
  /** Runs on the blank tab before navigation, e.g. to enable CDP Performance metrics. */
  beforeNavigate?(page: Page): Promise<void>;
}

export interface BrowserHarness {
  browser: Browser;
  /** Opens a tab at `url`; for fixture pages, resolves once the host editors are mounted. */
  openPage(url: string, opts?: OpenPageOptions): Promise<Page>;
  /** Serves `response` at `url` (exact string or pattern) from now on, before fixture routes. */
  route(url: string | RegExp, response: FixtureResponse): void;
  requests: {
    all: RecordedRequest[];
    refused: RecordedRequest[];
    byExtension(): RecordedRequest[];
    clear(): void;
  };
  /**
   * Fails if the extension made any request, or if any request was refused that the test did
   * not expect: fixture pages make none of their own, so an unexpected refusal on a fixture
   * page means something we injected asked for it.
   */
  assertNoNetwork(opts?: { expectRefused?: ReadonlyArray<string | RegExp> }): void;
  close(): Promise<void>;
}

export interface ExtensionHarness extends BrowserHarness {
  extensionId: string;
  /** The extension's service worker, woken first if it was stopped. */
  worker(): Promise<WebWorker>;
  openExtensionPage(path: 'options.html' | 'popup.html' | (string & {})): Promise<Page>;
  /** Stops the service worker, as Chrome does when it idles, and waits until it has gone. */
  stopWorker(): Promise<void>;
}

function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with \`apt-get install -y chromium\`, or set CHROME_PATH to a Chromium/Chrome binary.`);
  }
  return path;
}

function matches(pattern: string | RegExp, url: string): boolean {
  return typeof pattern === 'string' ? pattern === url : pattern.test(url);
}

function firstExtensionFrame(stack: Protocol.Runtime.StackTrace | undefined): string | undefined {
  for (let s = stack; s; s = s.parent) {
    const frame = s.callFrames.find((f) => f.url.startsWith('chrome-extension://'));
    if (frame) return frame.url;
  }
  return undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function startBrowser(extensionDir: string | null, opts: LaunchOptions) {
  const executablePath = chromePath();
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}. Run \`npx wxt build\` first (npm test does it).`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'cmsk-profile-'));
  const browser = await puppeteer.launch({
    executablePath,
    pipe: true,
    headless: true,
    userDataDir,
    enableExtensions: extensionDir !== null,
    args: CHROME_ARGS,
  });
  const started = Date.now();
  const session = await browser.target().createCDPSession();

  const routes: Array<[string | RegExp, FixtureResponse]> = [...(opts.routes ?? [])];
  const targets = new Map<string, { type: string; url: string }>();
  const all: RecordedRequest[] = [];
  const refused: RecordedRequest[] = [];
  const byNetworkId = new Map<string, RecordedRequest>();
  const initiators = new Map<string, Protocol.Network.Initiator>();
  let extensionOrigin: string | null = null;

  const isExtensionUrl = (url: string | undefined) =>
    url !== undefined && (extensionOrigin ? url.startsWith(extensionOrigin) : url.startsWith('chrome-extension://'));

  const attribute = (record: RecordedRequest, initiator: Protocol.Network.Initiator) => {
    const script = firstExtensionFrame(initiator.stack) ?? (isExtensionUrl(initiator.url) ? initiator.url : undefined);
    if (script) {
      record.initiatorScript = script;
      record.fromExtension = true;
    }
  };

  session.on('Target.targetCreated', ({ targetInfo }) => targets.set(targetInfo.targetId, { type: targetInfo.type, url: targetInfo.url }));
  session.on('Target.targetInfoChanged', ({ targetInfo }) => targets.set(targetInfo.targetId, { type: targetInfo.type, url: targetInfo.url }));
  await session.send('Target.setDiscoverTargets', { discover: true });

  async function answer(url: string): Promise<FixtureResponse | null> {
    for (const [pattern, response] of routes) if (matches(pattern, url)) return response;
    for (const route of FIXTURE_ROUTES) {
      if (!route.pattern.test(url)) continue;
      if ('empty' in route) return { body: '', status: 204 };
      const path = join(FIXTURES_DIR, route.file);
      const body = await readFile(path).catch(() => {
        throw new Error(`Fixture ${route.file} is missing for ${url}. Run \`node scripts/build-fixtures.mjs\`.`);
      });
      return { body, contentType: route.contentType };
    }
    return null;
  }

  session.on('Fetch.requestPaused', (event) => {
    void (async () => {
      const { request, requestId, frameId, networkId, resourceType } = event;
      const owner = targets.get(frameId);
      const headers = request.headers;
      const record: RecordedRequest = {
        url: request.url,
        method: request.method,
        resourceType,
        outcome: 'refused',
        initiator: owner?.url ?? 'browser',
        frameId,
        fromExtension: isExtensionUrl(headers.Origin ?? headers.origin) || isExtensionUrl(headers.Referer ?? headers.referer) || isExtensionUrl(owner?.url),
        at: Date.now() - started,
      };
      if (networkId) {
        byNetworkId.set(networkId, record);
        const initiator = initiators.get(networkId);
        if (initiator) attribute(record, initiator);
      }
      all.push(record);
      let response: FixtureResponse | null = null;
      try {
        response = await answer(request.url);
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
      }
      try {
        if (!response) {
          refused.push(record);
          await session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
          return;
        }
        record.outcome = 'served';
        const body = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
        await session.send('Fetch.fulfillRequest', {
          requestId,
          responseCode: response.status ?? 200,
          responseHeaders: [
            ...(response.contentType ? [{ name: 'Content-Type', value: response.contentType }] : []),
            // Every run must start cold, or the benchmark's second run would measure a cache.
            { name: 'Cache-Control', value: 'no-store' },
          ],
          body: body.toString('base64'),
        });
      } catch {
        // The target went away mid-request (tab closed): nothing left to answer.
      }
    })();
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: 'http://*' }, { urlPattern: 'https://*' }] });

  // Per-tab Network events give initiator stacks, which is the only way to tell a
  // content-script fetch (made with the page's origin) from the page's own.
  const watched = new Map<Target, Promise<CDPSession | null>>();
  const watch = (target: Target): Promise<CDPSession | null> => {
    const existing = watched.get(target);
    if (existing) return existing;
    const attached = (async () => {
      try {
        const tab = await target.createCDPSession();
        tab.on('Network.requestWillBeSent', ({ requestId, initiator }) => {
          initiators.set(requestId, initiator);
          const record = byNetworkId.get(requestId);
          if (record) attribute(record, initiator);
        });
        tab.on('Network.webSocketCreated', ({ url, initiator }) => {
          const record: RecordedRequest = { url, method: 'GET', resourceType: 'WebSocket', outcome: 'refused', initiator: target.url(), fromExtension: false, at: Date.now() - started };
          if (initiator) attribute(record, initiator);
          all.push(record);
          refused.push(record);
        });
        await tab.send('Network.enable');
        return tab;
      } catch {
        return null;
      }
    })();
    watched.set(target, attached);
    return attached;
  };
  browser.on('targetcreated', (target: Target) => {
    if (target.type() === 'page') void watch(target);
  });

  let extensionId: string | null = null;
  if (extensionDir) {
    try {
      extensionId = await browser.installExtension(extensionDir);
    } catch (error) {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
      throw new Error(`Chromium refused the extension at ${extensionDir}: ${error instanceof Error ? error.message : String(error)}`);
    }
    extensionOrigin = `chrome-extension://${extensionId}/`;
  }

  async function newWatchedPage(): Promise<Page> {
    const page = await browser.newPage();
    await watch(page.target());
    return page;
  }

  const base: BrowserHarness = {
    browser,
    async openPage(url, opts = {}) {
      const page = await newWatchedPage();
      await opts.beforeNavigate?.(page);
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      // Fixture pages run a host script (Draft.js / Lexical); tests start once it is ready.
      const hasHostScript = await page.evaluate(() => document.querySelector('script[src^="/__fixtures/"]') !== null);
      if (hasHostScript) await page.waitForFunction(() => (window as Window & { __host?: { ready?: boolean } }).__host?.ready === true, { timeout: 15_000 });
      return page;
    },
    route(url, response) {
      routes.unshift([url, response]);
    },
    requests: {
      all,
      refused,
      byExtension: () => all.filter((r) => r.fromExtension),
      clear() {
        all.length = 0;
        refused.length = 0;
        byNetworkId.clear();
      },
    },
    assertNoNetwork(opts = {}) {
      const expected = opts.expectRefused ?? [];
      const fromExtension = all.filter((r) => r.fromExtension);
      const unexpected = refused.filter((r) => !r.fromExtension && !expected.some((p) => matches(p, r.url)));
      const problems = [
        ...fromExtension.map((r) => `extension ${r.outcome === 'served' ? 'loaded' : 'requested'} ${r.method} ${r.url} (from ${r.initiatorScript ?? r.initiator})`),
        ...unexpected.map((r) => `unexpected refused ${r.resourceType} ${r.url} (from ${r.initiator})`),
      ];
      if (problems.length) throw new Error(`Network requests that should not have happened:\n  ${problems.join('\n  ')}`);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  return { base, extensionId, session };
}

/** Chromium with no extension, same interception: the benchmark's baseline. */
export async function launchWithout(opts: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<BrowserHarness> {
  const { base } = await startBrowser(null, opts);
  return base;
}

/** Chromium with CM Sidekick installed from .output/chrome-mv3 (or `opts.extensionDir`). */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionHarness> {
  const { base, extensionId, session } = await startBrowser(opts.extensionDir ?? EXTENSION_DIR, opts);
  if (!extensionId) throw new Error('The extension did not install');
  const { browser } = base;
  const origin = `chrome-extension://${extensionId}/`;
  const isOurWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(origin);

  const workerTargetGone = async () => {
    for (let i = 0; i < 100; i++) {
      const { targetInfos } = await session.send('Target.getTargets');
      if (!targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(origin))) return;
      await sleep(50);
    }
    throw new Error('The service worker did not stop');
  };

  // Right after start (and while install/activate events are pending) the worker's context
  // exists before the extension APIs are bound, and a worker stopped then is restarted at once.
  const READY = "typeof chrome === 'object' && typeof chrome.runtime?.id === 'string' && self.registration?.active?.state === 'activated'";

  const wake = async (): Promise<Target> => {
    // A stopped MV3 worker wakes on an event; a message from one of our own pages is one.
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}manifest.json`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        registration?.active?.postMessage({ type: 'harness/wake' });
      });
      return await browser.waitForTarget(isOurWorker, { timeout: 10_000 });
    } finally {
      await page.close();
    }
  };

  const readyWorker = async (): Promise<WebWorker> => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const target = browser.targets().find(isOurWorker) ?? (await wake());
      const worker = await target.worker().catch(() => null);
      // A worker torn down mid-call never answers, hence the race.
      const ready = worker ? await Promise.race([worker.evaluate(READY).catch(() => false), sleep(2000).then(() => false)]) : false;
      if (worker && ready === true) return worker;
      await sleep(50);
    }
    throw new Error('The extension service worker did not become ready (chrome.* bound, registration activated) within 20 s');
  };

  const harness: ExtensionHarness = {
    ...base,
    extensionId,
    worker: readyWorker,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`${origin}${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return page;
    },
    async stopWorker() {
      if (!browser.targets().some(isOurWorker)) return;
      // Only a settled worker stays stopped; one closed while starting is restarted by Chrome.
      const worker = await readyWorker();
      await worker.close();
      await workerTargetGone();
    },
  };
  // Ready means the worker has started and activated once: an install that fails shows up here.
  await browser.waitForTarget(isOurWorker, { timeout: 20_000 });
  await readyWorker();
  return harness;
}

/** Standalone form of harness.assertNoNetwork(), for tests that prefer a function. */
export function assertNoNetwork(harness: BrowserHarness, opts?: { expectRefused?: ReadonlyArray<string | RegExp> }): void {
  harness.assertNoNetwork(opts);
}
