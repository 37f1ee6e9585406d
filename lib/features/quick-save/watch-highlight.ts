// Watch terms in the page: a post that names one of the CM's brands, competitors or hashtags
// gets a thin amber edge and a small badge with the term, in our shadow root. The host's text
// is never rewritten; nothing is sent anywhere.

import { mountWatchBadge } from '../../../components/save-button/watch-badge';
import badgeCss from '../../../components/save-button/watch-badge.css?inline';
import { createTermMatcher, type TermMatcher } from '../../clips/watch-match';
import { contentSettings, t } from '../../content/i18n';
import { trackPosts } from '../../content/post-tracker';
import { createShadowHost, type ShadowHost } from '../../content/shadow-host';
import type { SiteAdapter } from '../../sites/types';

export const WATCH_ATTR = 'data-cmsk-watch';
const EDGE_CSS = `[${WATCH_ATTR}]{box-shadow:inset 3px 0 0 rgba(255,173,31,0.85)}`;

interface Marked {
  key: string | null;
  ui: ShadowHost | null;
  setText: ((text: string) => void) | null;
}

function run(site: SiteAdapter, signal: AbortSignal, matcher: TermMatcher): void {
  const marked = new Map<Element, Marked>();
  const style = document.createElement('style');
  style.dataset.cmskUi = 'watch-terms';
  style.textContent = EDGE_CSS;
  document.head.append(style);

  const clear = (post: Element, entry: Marked) => {
    entry.ui?.remove();
    entry.ui = null;
    entry.setText = null;
    post.removeAttribute(WATCH_ATTR);
  };

  const examine = (post: Element) => {
    const entry = marked.get(post) ?? { key: null, ui: null, setText: null };
    marked.set(post, entry);
    entry.key = site.postKey(post);
    const read = site.readPost(post, location.href);
    const terms = read ? matcher(`${read.authorName}\n${read.authorHandle ?? ''}\n${read.text}`) : [];
    const bar = site.actionBar(post);
    if (terms.length === 0 || !bar) {
      clear(post, entry);
      return;
    }
    post.setAttribute(WATCH_ATTR, terms.join(', '));
    const ui = entry.ui ?? createShadowHost({
      name: 'watch-terms',
      css: badgeCss,
      theme: site.theme(document),
      signal,
      mount: () => undefined,
    });
    entry.ui = ui;
    entry.setText ??= mountWatchBadge(ui.root);
    // Before the save button when it is there, so the bar reads "badge, save".
    const save = bar.querySelector(':scope > [data-cmsk-ui="quick-save"]');
    if (ui.host.parentNode !== bar) bar.insertBefore(ui.host, save);
    entry.setText(t('clips.watch.badge', { terms: terms.join(', ') }));
  };

  trackPosts(site, signal, {
    isShown: (post) => marked.has(post),
    show: examine,
    changed: (post) => {
      // Same post, same text: nothing to redo. Another post in the element: look again.
      if (marked.get(post)?.key !== site.postKey(post)) examine(post);
    },
    sweep: (theme) => {
      // Badges follow a switch to dim or dark.
      for (const [post, entry] of marked) {
        if (post.isConnected) {
          entry.ui?.setTheme(theme);
          continue;
        }
        entry.ui?.remove();
        marked.delete(post);
      }
    },
  });

  signal.addEventListener('abort', () => {
    for (const [post, entry] of marked) clear(post, entry);
    marked.clear();
    style.remove();
  }, { once: true });
}

/** Starts when the CM has watch terms, and starts over whenever they change in Settings. */
export function startWatchHighlight(site: SiteAdapter, signal: AbortSignal): void {
  let current: AbortController | null = null;
  let lastTerms = '';
  const apply = () => {
    const terms = contentSettings.value?.watchTerms ?? [];
    const joined = terms.join('\n');
    if (joined === lastTerms) return;
    lastTerms = joined;
    current?.abort();
    current = null;
    if (terms.length === 0 || signal.aborted) return;
    current = new AbortController();
    run(site, AbortSignal.any([signal, current.signal]), createTermMatcher(terms));
  };
  apply();
  contentSettings.subscribe(apply, signal);
  signal.addEventListener('abort', () => current?.abort(), { once: true });
}
