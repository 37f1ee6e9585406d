// @vitest-environment happy-dom
// The in-page picker feature without a real editor (the E2E suite has Draft.js and Lexical): where
// its button goes, the template cache, `/word` detection, who may open it, and that an abort
// leaves the page exactly as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { replyTools } from '@/lib/features/reply-tools';
import { templatePicker } from '@/lib/features/template-picker';
import { buttonAnchor } from '@/lib/features/template-picker/placement';
import { isExpandKey, shortcutBeforeCaret } from '@/lib/features/template-picker/slash-shortcut';
import { createTemplateStore, TEMPLATES_TTL_MS, templateForShortcut } from '@/lib/features/template-picker/template-store';
import type { Template } from '@/lib/schema';
import type { SiteAdapter } from '@/lib/sites/types';
import { makeTemplate } from './make-template';

let library: Template[] = [];
const listCalls = vi.fn();

vi.mock('@/lib/messaging/client', () => ({
  sendMessage: vi.fn(async (type: string) => {
    if (type === 'templates/list') {
      listCalls();
      return { ok: true, data: library };
    }
    return { ok: true, data: type === 'settings/get' ? null : { counted: true } };
  }),
}));

const site: SiteAdapter = {
  site: 'x',
  postSelector: 'article',
  findPosts: () => [],
  readPost: () => null,
  postKey: () => null,
  postAuthor: () => null,
  actionBar: () => null,
  isSupportedPage: () => true,
  theme: () => 'dim',
  findReplyBoxes: (root) => {
    const self = root instanceof HTMLElement && root.matches('[data-box]') ? [root] : [];
    return [...self, ...root.querySelectorAll<HTMLElement>('[data-box]')];
  },
  authorOfReplyBox: () => ({ name: 'Camille Durand', handle: 'camille_d', profileUrl: null, postId: null }),
};

const COMPOSER = '<div class="composer"><div class="area"><div class="wrap"><div data-box contenteditable="true" tabindex="0"></div></div></div><div class="toolbar"><button type="button">Reply</button></div></div>';
const box = () => document.querySelector<HTMLElement>('[data-box]')!;
const ours = () => [...document.querySelectorAll('cmsk-ui')].map((el) => el.getAttribute('data-cmsk-ui'));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function caretAt(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

beforeEach(() => {
  document.body.innerHTML = COMPOSER;
  library = [makeTemplate({ id: 'retard', title: 'Colis en retard', body: 'Bonjour {{author.firstName}} !', shortcut: 'retard' })];
  listCalls.mockClear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('template picker feature', () => {
  it('puts its button after the box’s control-free wrapper, before the host’s toolbar, on first focus', async () => {
    const controller = new AbortController();
    templatePicker.init({ site, signal: controller.signal });
    expect(ours()).toEqual([]);
    box().focus();
    const host = document.querySelector('cmsk-ui[data-cmsk-ui="template-button"]')!;
    expect(host.previousElementSibling?.className).toBe('area');
    expect(host.nextElementSibling?.className).toBe('toolbar');
    expect(host.getAttribute('data-theme')).toBe('dim');
    expect(host.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe('Insert reply template');
    // Focusing again reuses it.
    box().blur();
    box().focus();
    expect(ours()).toEqual(['template-button']);
    await flush();
    expect(listCalls).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('starts with the UI module on the first focus of a reply box, not before', async () => {
    const controller = new AbortController();
    replyTools.init({ site, signal: controller.signal });
    await flush();
    expect(ours()).toEqual([]);
    box().focus();
    await vi.waitFor(() => expect(ours()).toEqual(['template-button']));
    controller.abort();
    expect(ours()).toEqual([]);
  });

  it('opens the picker only for a message from our own background', async () => {
    const controller = new AbortController();
    replyTools.init({ site, signal: controller.signal });
    box().focus();
    await vi.waitFor(() => expect(ours()).toEqual(['template-button']));
    await fakeBrowser.runtime.onMessage.trigger({ cmsk: 1, type: 'picker/open' }, { id: 'another-extension' });
    await fakeBrowser.runtime.onMessage.trigger({ cmsk: 1, type: 'picker/close' }, { id: fakeBrowser.runtime.id });
    expect(ours()).toEqual(['template-button']);
    await fakeBrowser.runtime.onMessage.trigger({ cmsk: 1, type: 'picker/open' }, { id: fakeBrowser.runtime.id });
    expect(ours()).toEqual(['template-button', 'template-picker']);
    controller.abort();
  });

  it('leaves nothing behind once aborted: no element, no listener', async () => {
    const pristine = document.body.innerHTML;
    const controller = new AbortController();
    replyTools.init({ site, signal: controller.signal });
    box().focus();
    await fakeBrowser.runtime.onMessage.trigger({ cmsk: 1, type: 'picker/open' }, { id: fakeBrowser.runtime.id });
    expect(ours()).toHaveLength(2);
    controller.abort();
    expect(ours()).toEqual([]);
    expect(document.body.innerHTML).toBe(pristine);
    // No listener is left to answer the background.
    expect(await fakeBrowser.runtime.onMessage.trigger({ cmsk: 1, type: 'picker/open' }, { id: fakeBrowser.runtime.id })).toEqual([]);

    // Focus and `/word` + Tab no longer do anything.
    box().blur();
    box().focus();
    box().textContent = '/retard';
    caretAt(box().firstChild!, 7);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    box().dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    expect(ours()).toEqual([]);
  });
});

describe('buttonAnchor', () => {
  it('stops climbing at the first ancestor that holds another control', () => {
    expect(buttonAnchor(box()).className).toBe('area');
    document.body.innerHTML = '<form><div class="row"><div data-box contenteditable="true"></div><span role="button">Emoji</span></div></form>';
    // The emoji button shares the box's parent: the button goes right after the box itself.
    expect(buttonAnchor(box())).toBe(box());
  });
});

describe('shortcutBeforeCaret', () => {
  it('reads `/word` right before a collapsed caret in the caret’s text node', () => {
    box().textContent = 'Oui /retard';
    caretAt(box().firstChild!, 11);
    expect(shortcutBeforeCaret(box())).toBe('retard');
    caretAt(box().firstChild!, 8);
    expect(shortcutBeforeCaret(box())).toBe('ret');
  });

  it('ignores a slash inside a word or a link, and a selection', () => {
    box().textContent = 'voir https://x.com/retard';
    caretAt(box().firstChild!, box().textContent.length);
    expect(shortcutBeforeCaret(box())).toBeNull();
    box().textContent = '/retard';
    const range = document.createRange();
    range.setStart(box().firstChild!, 0);
    range.setEnd(box().firstChild!, 7);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(shortcutBeforeCaret(box())).toBeNull();
  });

  it('expands on a bare Tab only', () => {
    expect(isExpandKey(new KeyboardEvent('keydown', { key: 'Tab' }))).toBe(true);
    expect(isExpandKey(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true }))).toBe(false);
    expect(isExpandKey(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
  });
});

describe('template store', () => {
  it('asks again only after the TTL or an invalidation, and keeps the index of an unchanged list', async () => {
    let now = 1_000;
    const store = createTemplateStore(() => now);
    expect(store.current()).toBeNull();
    const first = await store.load();
    await store.load();
    expect(listCalls).toHaveBeenCalledTimes(1);
    now += TEMPLATES_TTL_MS + 1;
    const second = await store.load();
    expect(listCalls).toHaveBeenCalledTimes(2);
    expect(second?.index).toBe(first?.index);
    library = [...library, makeTemplate({ title: 'Merci' })];
    store.invalidate();
    const third = await store.load();
    expect(listCalls).toHaveBeenCalledTimes(3);
    expect(third?.index).not.toBe(first?.index);
    expect(third?.index.size).toBe(2);
  });

  it('asks once for loads that overlap', async () => {
    const store = createTemplateStore();
    await Promise.all([store.load(), store.load(), store.load()]);
    expect(listCalls).toHaveBeenCalledTimes(1);
  });

  it('resolves a shortcut case-insensitively, preferring a template for this platform and brand', async () => {
    library = [
      makeTemplate({ id: 'fb', title: 'FB', shortcut: 'Merci', platforms: ['facebook'] }),
      makeTemplate({ id: 'other-brand', title: 'B', shortcut: 'merci', brand: 'other' }),
      makeTemplate({ id: 'x', title: 'X', shortcut: 'merci', platforms: ['x'] }),
    ];
    const lib = (await createTemplateStore().load())!;
    expect(templateForShortcut(lib, 'MERCI', 'x', 'acme')?.id).toBe('x');
    expect(templateForShortcut(lib, 'merci', 'facebook', 'acme')?.id).toBe('fb');
    expect(templateForShortcut(lib, 'nope', 'x', 'acme')).toBeNull();
  });
});
