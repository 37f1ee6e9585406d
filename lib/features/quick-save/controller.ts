// Ties the save button to the page: one button per top-level post that comes into view, its
// state from the library by post id, saving through the background, and the keyboard command.

import { mountSaveButton, type SaveButtonView } from '../../../components/save-button/save-button';
import buttonCss from '../../../components/save-button/save-button.css?inline';
import type { DetailsValue } from '../../../components/save-button/details-form';
import { contentLocale, t } from '../../content/i18n';
import { loadUi } from '../../content/load-ui';
import { onReturn } from '../../content/on-return';
import { trackPosts } from '../../content/post-tracker';
import { containEvents, createShadowHost, type ShadowHost } from '../../content/shadow-host';
import { sendMessage } from '../../messaging/client';
import { personId, personKey } from '../../people/person-key';
import { peopleChanged } from '../people-marker/known-people';
import type { ClipDetails } from '../../protocol/clips';
import type { SiteAdapter, Theme } from '../../sites/types';
import type { DetailsOpener } from './details';
import { revealPermalinks } from './reveal-permalink';
import { createSavedState } from './saved-state';

interface Mount {
  post: Element;
  /**
   * The post id the button stands for now; X reuses the element for other posts. Null on a
   * Facebook post whose permalink only appears on hover: it is read again at click time.
   */
  key: string | null;
  slot: Slot;
}

/**
 * One button host. Its handlers are made once and read the mount the host serves now, so moving
 * a pooled host to another post re-renders only when what it shows changes.
 */
interface Slot {
  ui: ShadowHost;
  paint(view: SaveButtonView): void;
  mount: Mount | null;
  /** What the button shows now (state, title, labels): equal means no render needed. */
  drawn: string | null;
  onSave(): void;
  onDetails(anchor: HTMLElement): void;
}

/** Hosts kept for reuse when X recycles cells: moving one is cheaper than a new shadow root. */
const POOL_MAX = 60;

export interface QuickSaveController {
  /** Saves the post holding the focus, or the one most in view: the keyboard command. */
  saveFocused(): Promise<void>;
}

export function startQuickSave(site: SiteAdapter, signal: AbortSignal): QuickSaveController {
  const mounts = new Map<Element, Mount>();
  const pool: Slot[] = [];
  let theme: Theme = site.theme(document);
  // The form comes with the UI module, on the CM's first Alt+click, ▾ or long press.
  let details: Promise<DetailsOpener> | null = null;
  const openDetails: DetailsOpener['open'] = (...args) => {
    details ??= loadUi().then((ui) => ui.createDetailsOpener(signal));
    details.then((opener) => opener.open(...args), (error: unknown) => {
      details = null;
      console.error('[CM Sidekick] the save form could not load', error);
    });
  };

  const state = createSavedState(site.site, signal, {
    onChange: (ids) => {
      for (const mount of mounts.values()) if (mount.key !== null && ids.has(mount.key)) draw(mount);
    },
    onSeenSaved: (ids) => {
      const seen = new Set(ids);
      for (const mount of mounts.values()) if (mount.key !== null && seen.has(mount.key)) sample(mount);
    },
  });

  function sample(mount: Mount): void {
    if (mount.key === null) return;
    const post = site.readPost(mount.post, location.href);
    if (post?.postId === mount.key) state.sample(mount.key, post.counts);
  }

  // The same few labels on every button: translated once per language, not per draw.
  let labels: { locale: string; save: string; saved: string; saving: string; details: string } | null = null;
  const label = () => {
    if (labels?.locale !== contentLocale.value) labels = { locale: contentLocale.value, save: t('clips.save'), saved: t('clips.saved'), saving: t('clips.saving'), details: t('clips.details') };
    return labels;
  };

  function titleOf(key: string | null): string {
    const l = label();
    if (key === null) return l.save;
    const s = state.get(key);
    if (s === 'saved') return l.saved;
    if (s === 'saving') return l.saving;
    return s === 'error' ? (state.error(key) ?? l.save) : l.save;
  }

  function draw(mount: Mount): void {
    const l = label();
    const shown = mount.key === null ? 'idle' : state.get(mount.key);
    const title = titleOf(mount.key);
    const slot = mount.slot;
    const drawn = `${shown}\n${title}\n${l.save}\n${l.details}`;
    if (slot.drawn === drawn) return;
    slot.drawn = drawn;
    slot.paint({ state: shown, label: l.save, title, detailsLabel: l.details });
  }

  function createSlot(): Slot {
    // Placed by place(), not at creation: the same host moves from post to post.
    const ui = createShadowHost({ name: 'quick-save', css: buttonCss, theme, signal, mount: () => undefined });
    ui.host.dataset.site = site.site;
    containEvents(ui.root);
    const slot: Slot = {
      ui,
      paint: () => undefined,
      mount: null,
      drawn: null,
      onSave: () => {
        if (slot.mount) void save(slot.mount.post);
      },
      onDetails: (anchor) => {
        const post = slot.mount?.post;
        if (post) openDetails(anchor, site.readPost(post, location.href), theme, (value) => void save(post, value));
      },
    };
    slot.paint = mountSaveButton(ui.root, site.site, { onSave: () => slot.onSave(), onDetails: (anchor) => slot.onDetails(anchor) });
    return slot;
  }

  /** Puts the host at the end of the post's action bar; false when the post has none. */
  function place(mount: Mount): boolean {
    const bar = site.actionBar(mount.post);
    if (!bar) return false;
    if (mount.slot.ui.host.parentNode !== bar) bar.append(mount.slot.ui.host);
    return true;
  }

  function release(mount: Mount): void {
    mounts.delete(mount.post);
    mount.slot.mount = null;
    mount.slot.ui.host.remove();
    if (pool.length < POOL_MAX) pool.push(mount.slot);
    else mount.slot.ui.remove();
  }

  function show(post: Element): void {
    const key = site.postKey(post);
    const slot = pool.pop() ?? createSlot();
    slot.ui.setTheme(theme);
    const mount: Mount = { post, key, slot };
    if (!place(mount)) {
      pool.push(slot);
      return;
    }
    slot.mount = mount;
    mounts.set(post, mount);
    draw(mount);
    if (key === null) return;
    state.want([key]);
    if (state.get(key) === 'saved') sample(mount);
  }

  function changed(post: Element): void {
    const mount = mounts.get(post);
    if (!mount) return;
    const key = site.postKey(post);
    if (!place(mount)) {
      release(mount);
      return;
    }
    if (key === mount.key) return;
    // X put another post in this element: the button must never speak for the previous one.
    mount.key = key;
    draw(mount);
    if (key !== null) state.want([key]);
  }

  function sweep(next: Theme): void {
    if (next !== theme) {
      theme = next;
      for (const mount of mounts.values()) mount.slot.ui.setTheme(theme);
      for (const slot of pool) slot.ui.setTheme(theme);
    }
    for (const mount of [...mounts.values()]) {
      if (!mount.post.isConnected) release(mount);
      // The host re-rendered the action bar and dropped our button with it.
      else if (!mount.slot.ui.host.isConnected) changed(mount.post);
    }
  }

  async function save(post: Element, value?: DetailsValue): Promise<void> {
    let read = site.readPost(post, location.href);
    if (!read && site.site === 'facebook') {
      await revealPermalinks(post);
      read = site.readPost(post, location.href);
      const mount = mounts.get(post);
      if (read && mount && mount.key === null) mount.key = read.postId;
    }
    const key = read?.postId ?? site.postKey(post);
    if (!read) {
      if (key) state.set(key, 'error', t('clips.unreadable'));
      return;
    }
    state.set(read.postId, 'saving');
    // At save time the CM adds: tags join the clip's own, an empty field keeps what it has.
    const detailsToSend: ClipDetails = {};
    if (value?.tags.length) detailsToSend.tags = value.tags;
    if (value?.competitor) detailsToSend.competitor = value.competitor;
    if (value?.note) detailsToSend.note = value.note;
    const result = await sendMessage('clips/save', { post: read, details: detailsToSend });
    if (signal.aborted) return;
    if (result.ok) {
      state.set(read.postId, 'saved');
      // The author is now someone the CM interacted with: their marker appears at once.
      const person = personKey(site.site, read.authorHandle);
      if (person) peopleChanged([personId(site.site, person)]);
    }
    else state.set(read.postId, 'error', t('clips.saveFailed', { message: result.error.message }));
  }

  /** The post around the focus, else the mounted post with the most of itself on screen. */
  function focusedPost(): Element | null {
    const active = document.activeElement;
    if (active && active !== document.body) {
      for (const mount of mounts.values()) if (mount.post.contains(active)) return mount.post;
      const own = site.findPosts(document).find((post) => post.contains(active));
      if (own) return own;
    }
    let best: Element | null = null;
    let bestArea = 0;
    const candidates = mounts.size ? [...mounts.keys()] : site.findPosts(document);
    for (const post of candidates) {
      const r = post.getBoundingClientRect();
      const visible = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
      if (visible > bestArea) {
        bestArea = visible;
        best = post;
      }
    }
    return best;
  }

  trackPosts(site, signal, { isShown: (post) => mounts.has(post), show, changed, sweep });
  // Posts saved or deleted in another tab or window meanwhile show their new state.
  onReturn(signal, () => state.refresh([...mounts.values()].flatMap((m) => (m.key === null ? [] : [m.key]))));
  signal.addEventListener('abort', () => mounts.clear(), { once: true });

  return {
    async saveFocused() {
      const post = focusedPost();
      if (post) await save(post);
    },
  };
}
