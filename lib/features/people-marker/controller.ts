// Ties people to the page: a marker on posts by people the CM noted or answered, a "Note"
// action on the post under the pointer or focus, and the card both open.

import { mountPeopleMarker, type MarkerView } from '../../../components/people-card/marker';
import markerCss from '../../../components/people-card/marker.css?inline';
import { t } from '../../content/i18n';
import { loadUi } from '../../content/load-ui';
import { onReturn } from '../../content/on-return';
import { trackPosts, type PostTracker } from '../../content/post-tracker';
import { containEvents, createShadowHost, type ShadowHost } from '../../content/shadow-host';
import { sendMessage } from '../../messaging/client';
import type { PersonCard } from '../../protocol/people';
import type { SiteAdapter, Theme } from '../../sites/types';
import { createAuthorReader, personAt, type PostAuthor } from './author-of';
import type { CardOpener } from './card';
import { createPeopleLookup, knownPerson } from './known-people';

interface Mount {
  post: Element;
  author: PostAuthor | null;
  /** Only for people worth a marker; most posts have none. */
  ui: MarkerUi | null;
}

interface MarkerUi extends ShadowHost {
  paint(view: MarkerView): void;
  /** What the button opens the card for now: the same host is redrawn for a new author. */
  open: ((anchor: HTMLElement) => void) | null;
}

/** A comment under a shown post (Facebook), marked beside its author's name when the CM knows them. */
interface CommentMount {
  comment: Element;
  author: PostAuthor | null;
  ui: MarkerUi | null;
}

export function startPeopleMarker(site: SiteAdapter, signal: AbortSignal): void {
  const mounts = new Map<Element, Mount>();
  const comments = new Map<Element, CommentMount>();
  /** Posts and comments by person id: a save redraws everything by that person at once. */
  const byPerson = new Map<string, Set<Element>>();
  const authorOf = createAuthorReader(site);
  let theme: Theme = site.theme(document);
  const lookup = createPeopleLookup(signal, (ids) => {
    for (const id of ids) for (const el of byPerson.get(id) ?? []) redraw(el);
    if (noteFor && ids.has(noteFor.id)) hideNote();
  });
  const redraw = (el: Element) => (mounts.has(el) ? draw(el) : drawComment(el));
  // The card comes with the UI module, on the CM's first click on a marker or "Note".
  let card: Promise<CardOpener> | null = null;
  const cardOpener = () => {
    card ??= loadUi().then((ui) => ui.createCardOpener(site.site, signal, (person) => lookup.set(person)));
    card.catch(() => { card = null; });
    return card;
  };

  function createUi(name: string): MarkerUi {
    const host = createShadowHost({ name, css: markerCss, theme, signal, mount: () => undefined });
    host.host.dataset.site = site.site;
    containEvents(host.root);
    const ui: MarkerUi = { ...host, paint: () => undefined, open: null };
    ui.paint = mountPeopleMarker(host.root, (anchor) => ui.open?.(anchor));
    return ui;
  }

  /** Read again on the CM's gesture: a reply inserted since the page loaded shows in the card. */
  async function openCard(anchor: HTMLElement, author: PostAuthor, post: Element): Promise<void> {
    const result = await sendMessage('people/get-many', { ids: [author.id] });
    if (signal.aborted) return;
    const fresh = result.ok ? (result.data.people[0] ?? null) : knownPerson(author.id);
    if (fresh && knownPerson(author.id)) lookup.set(fresh);
    let opener: CardOpener;
    try {
      opener = await cardOpener();
    } catch (error) {
      console.error('[CM Sidekick] the people card could not load', error);
      return;
    }
    if (signal.aborted) return;
    // Saving from "Note" swaps that button for the marker: focus then goes to the marker.
    const fallback = () => (mounts.get(post) ?? comments.get(post))?.ui?.root.querySelector('button') ?? null;
    opener.open(anchor, author, fresh, theme, fallback);
  }

  /**
   * Puts the marker on `owner` (a post or a comment) when its author is someone the CM knows,
   * where `slotOf` says, and takes it away otherwise. Looking for the slot waits until a known
   * person is found: most authors are nobody, and their posts are never searched.
   */
  function paintMarker(mount: Pick<Mount, 'author' | 'ui'>, owner: Element, slotOf: () => Element | null, place: (host: HTMLElement, slot: Element) => void): void {
    const author = mount.author;
    const person = author ? knownPerson(author.id) : null;
    const slot = person ? slotOf() : null;
    if (!author || !person || !slot) {
      mount.ui?.remove();
      mount.ui = null;
      return;
    }
    mount.ui ??= createUi('people-marker');
    mount.ui.setTheme(theme);
    place(mount.ui.host, slot);
    mount.ui.open = (anchor) => void openCard(anchor, author, owner);
    mount.ui.paint(markerFor(author, person));
  }

  function draw(post: Element): void {
    const mount = mounts.get(post);
    if (!mount) return;
    paintMarker(mount, post, () => site.actionBar(post), (host, bar) => {
      if (host.parentNode !== bar) bar.append(host);
    });
  }

  function markerFor(author: PostAuthor, person: PersonCard): MarkerView {
    const name = person.displayName || author.name || author.key;
    const segment = person.segment ? t(`people.segment.${person.segment}`) : '';
    return {
      kind: 'marker',
      label: t('people.marker', { name }),
      title: [segment, person.tags.join(', '), person.note.slice(0, 140)].filter(Boolean).join(' · ') || t('people.marker', { name }),
      badge: segment.slice(0, 1),
    };
  }

  function drawComment(comment: Element): void {
    const mount = comments.get(comment);
    if (!mount) return;
    paintMarker(mount, comment, () => site.commentMarkerSlot?.(comment) ?? null, (host, name) => {
      // After the name, never inside it: the name is a link to the profile.
      if (name.nextSibling !== host) name.after(host);
    });
  }

  /** The comments of a shown post, read once each: Facebook adds them as the CM expands a thread. */
  function scanComments(post: Element): void {
    if (!site.findComments || !site.commentAuthor) return;
    const want: string[] = [];
    for (const comment of site.findComments(post)) {
      if (comments.has(comment)) continue;
      const read = site.commentAuthor(comment);
      const author = read ? personAt(site.site, read.profileUrl, () => read.name) : null;
      comments.set(comment, { comment, author, ui: null });
      index(comment, author);
      if (author) want.push(author.id);
      drawComment(comment);
    }
    if (want.length) lookup.want(want);
  }

  function index(post: Element, author: PostAuthor | null): void {
    if (!author) return;
    let set = byPerson.get(author.id);
    if (!set) byPerson.set(author.id, (set = new Set()));
    set.add(post);
  }

  function unindex(mount: Mount): void {
    if (mount.author) byPerson.get(mount.author.id)?.delete(mount.post);
  }

  function show(post: Element): void {
    const author = authorOf(post);
    const mount: Mount = { post, author, ui: null };
    mounts.set(post, mount);
    index(post, author);
    // A map lookup per post; unknown authors are asked about together, once per frame.
    if (author) lookup.want([author.id]);
    draw(post);
    scanComments(post);
  }

  function changed(post: Element): void {
    const mount = mounts.get(post);
    if (!mount) return;
    const author = authorOf(post);
    if (author?.id !== mount.author?.id) {
      // X put another post in this element: the marker must never speak for the previous author.
      unindex(mount);
      mount.author = author;
      index(post, author);
      if (author) lookup.want([author.id]);
    }
    draw(post);
    scanComments(post);
  }

  function release(mount: Mount): void {
    unindex(mount);
    mount.ui?.remove();
    mounts.delete(mount.post);
  }

  function sweep(next: Theme): void {
    if (next !== theme) {
      theme = next;
      for (const mount of mounts.values()) mount.ui?.setTheme(theme);
      for (const mount of comments.values()) mount.ui?.setTheme(theme);
      note?.setTheme(theme);
    }
    for (const mount of [...mounts.values()]) {
      if (!mount.post.isConnected) release(mount);
      // The host re-rendered the action bar and dropped our marker with it.
      else if (mount.ui && !mount.ui.host.isConnected) draw(mount.post);
    }
    for (const mount of [...comments.values()]) {
      if (mount.comment.isConnected) {
        if (mount.ui && !mount.ui.host.isConnected) drawComment(mount.comment);
        continue;
      }
      if (mount.author) byPerson.get(mount.author.id)?.delete(mount.comment);
      mount.ui?.remove();
      comments.delete(mount.comment);
    }
  }

  // The "Note" action: one host, moved to the post under the pointer or the focus, through one
  // delegated listener per event type (no listener per post).
  let note: MarkerUi | null = null;
  let noteFor: PostAuthor | null = null;
  let notePost: Element | null = null;
  function hideNote(): void {
    note?.host.remove();
    noteFor = null;
    notePost = null;
  }
  function onEnter(event: Event): void {
    const target = event.target;
    if (!(target instanceof Element) || (note && event.composedPath().includes(note.host))) return;
    const post = target.closest(site.postSelector);
    if (post === notePost) return;
    // Focus scrolls a post into view before the IntersectionObserver reports it: show it now.
    if (post && !mounts.has(post)) tracker?.showNow(post);
    const mount = post ? mounts.get(post) : undefined;
    const author = mount?.author ?? null;
    if (!post || !mount || !author || knownPerson(author.id)) return hideNote();
    const bar = site.actionBar(post);
    if (!bar) return hideNote();
    if (!note) {
      note = createUi('people-note');
      // Shown on hover: out of the flow, so it never shifts the host's buttons under the pointer.
      note.host.style.position = 'absolute';
    }
    note.setTheme(theme);
    notePost = post;
    noteFor = author;
    bar.append(note.host);
    const name = author.name || author.key;
    note.open = (anchor) => void openCard(anchor, author, post);
    note.paint({ kind: 'note', label: t('people.note.actionLabel', { name }), title: t('people.note.actionLabel', { name }), badge: t('people.note.action') });
  }
  let tracker: PostTracker | null = null;
  document.addEventListener('pointerover', onEnter, { passive: true, signal });
  document.addEventListener('focusin', onEnter, { signal });

  tracker = trackPosts(site, signal, { isShown: (post) => mounts.has(post), show, changed, sweep });
  // People noted in another tab, window or the options page meanwhile show.
  onReturn(signal, () => lookup.refresh(byPerson.keys()));
  signal.addEventListener('abort', () => {
    mounts.clear();
    comments.clear();
    byPerson.clear();
    note?.remove();
  }, { once: true });
}
