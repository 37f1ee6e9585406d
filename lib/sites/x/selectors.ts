import type { SelectorList } from '../query';

/**
 * Every hook CM Sidekick uses on x.com, as data. Each list is tried in order; the comment above
 * an alternative says why it exists. `xSelectorCounts` below holds how many elements each list
 * matches on the real captures (tests/dom/sites/x.test.ts fails, naming the selector, when one
 * stops matching).
 */
export const xSelectors = {
  post: [
    // Every post: home timeline, threads, search, the reply dialog.
    'article[data-testid="tweet"]',
    // If the test id goes, posts are still the only articles inside timeline cells.
    '[data-testid="cellInnerDiv"] article[role="article"]',
  ],
  cell: [
    // The virtualised list's row: recycled for another post as the user scrolls.
    '[data-testid="cellInnerDiv"]',
  ],
  permalinkTime: [
    // The post's own permalink wraps its time; a quoted post's time has no link around it.
    'a[href*="/status/"] > time[datetime]',
    // Some layouts wrap the time in a span inside the link.
    'a[href*="/status/"] time[datetime]',
  ],
  statusLink: [
    // Any link to a post: the quoted post's photo links carry its status id.
    'a[href*="/status/"]',
  ],
  userName: [
    // Display name, then @handle, then (in timelines) the time.
    '[data-testid="User-Name"]',
  ],
  avatar: [
    // The avatar's test id ends with the handle: a fallback when User-Name is missing.
    '[data-testid^="UserAvatar-Container-"]',
  ],
  text: [
    // The post's text (absent on image-only posts and articles).
    '[data-testid="tweetText"]',
    // X marks the text block with the author's language even where the test id is gone.
    'div[lang][dir="auto"]',
  ],
  showMore: [
    // "Show more" under long posts: the text above it is cut.
    '[data-testid="tweet-text-show-more-link"]',
  ],
  actionBar: [
    // Reply, repost, like, views, bookmark, share; its label holds the exact counts.
    '[role="group"][aria-label]',
    // Without counts (a brand new post) the label may be missing: the buttons are still there.
    '[role="group"]',
  ],
  replyButton: ['[data-testid="reply"]'],
  // `unretweet`/`unlike` replace the test id once the user has reposted or liked.
  repostButton: ['[data-testid="retweet"]', '[data-testid="unretweet"]'],
  likeButton: ['[data-testid="like"]', '[data-testid="unlike"]'],
  viewsLink: [
    // The views count links to the post's analytics page.
    'a[href$="/analytics"]',
  ],
  mediaImage: [
    // Photos of the post itself (not link-card previews, not avatars).
    '[data-testid="tweetPhoto"] img[src]',
  ],
  mediaVideo: [
    // Videos and GIFs: the poster is the only https address (the stream is a blob: URL).
    '[data-testid="videoPlayer"] video[poster]',
    '[data-testid="tweetPhoto"] video[poster]',
  ],
  quoted: [
    // A quoted post is a focusable link-role card inside the article with its own User-Name
    // (author badges are link-role divs too, but hold no name).
    'div[role="link"]:has([data-testid="User-Name"])',
    // Browsers without :has() get every link-role div; the adapter keeps those holding a name.
    'div[role="link"]',
  ],
  replyContext: [
    // "Replying to @a and @b": profile links between the author row and the text. Read by
    // structure (a profile link outside the name, text, avatar, card and quoted post), never
    // by the localised words around it.
    'a[href][role="link"]',
    'a[href]',
  ],
  socialContext: [
    // "X reposted", "Pinned": a profile link above the post that is not a reply context.
    '[data-testid="socialContext"]',
  ],
  card: [
    // Link previews: their links are not part of the post's own text.
    '[data-testid="card.wrapper"]',
  ],
  composer: [
    // The Draft.js editable of the home composer, inline reply and reply dialog (`_1`, `_2`
    // in threads); the prefix also matches `…_label`, hence the contenteditable filter.
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    // Draft.js's own class, should the test id go.
    '.public-DraftEditor-content[contenteditable="true"]',
  ],
  sendInline: ['[data-testid="tweetButtonInline"]'],
  sendDialog: ['[data-testid="tweetButton"]'],
  replyDialog: [
    // Modals live in #layers; the post being replied to is inside the dialog.
    '#layers [role="dialog"]',
    '[role="dialog"][aria-modal="true"]',
  ],
  primaryColumn: ['[data-testid="primaryColumn"]', 'main[role="main"]'],
} as const satisfies Record<string, SelectorList>;

export type XSelectorName = keyof typeof xSelectors;

/** Fixture ids from /work/shared/fixtures/real-markup/fixtures.json. */
export type XCaptureId = 'x-tweetyoink-sample' | 'x-tweetyoink-quote' | 'x-tweetyoink-quote-video' | 'x-bouncer-home';

/**
 * Document-wide matches of each list (first matching alternative) on each real capture, checked
 * by the canary test. Zero where the capture lacks the thing: no capture holds a reply dialog,
 * an inline reply or a reposted post; the hand-made fixtures in the tests cover those.
 */
export const xSelectorCounts: Record<XSelectorName, Record<XCaptureId, number>> = {
  post: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  // the sample is a bare article, without its cell
  cell: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  permalinkTime: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  // permalinks, analytics links, photo links
  statusLink: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 3, 'x-tweetyoink-quote-video': 2, 'x-bouncer-home': 11 },
  // a quoted post has its own
  userName: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 2, 'x-tweetyoink-quote-video': 2, 'x-bouncer-home': 5 },
  // the home page also has the account switcher and "Who to follow"
  avatar: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 2, 'x-tweetyoink-quote-video': 2, 'x-bouncer-home': 19 },
  // the article post of the home page has none; quoted posts have their own
  text: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 2, 'x-tweetyoink-quote-video': 2, 'x-bouncer-home': 4 },
  showMore: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 2 },
  actionBar: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  replyButton: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  repostButton: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  likeButton: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  // the focused layout of the sample shows views in its header instead
  viewsLink: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 5 },
  // the saved home page points them at ./twitter_files/: counted here, dropped by readPost (https only)
  mediaImage: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 2 },
  mediaVideo: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 3 },
  // where :has() finds no quoted post the fallback counts author badges; the adapter drops them
  quoted: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 1, 'x-tweetyoink-quote-video': 1, 'x-bouncer-home': 9 },
  // candidates only: every profile link; the adapter keeps none of them on these captures
  replyContext: { 'x-tweetyoink-sample': 6, 'x-tweetyoink-quote': 6, 'x-tweetyoink-quote-video': 6, 'x-bouncer-home': 58 },
  // no reposted post in the captures
  socialContext: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 0 },
  card: { 'x-tweetyoink-sample': 1, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 0 },
  composer: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 1 },
  sendInline: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 1 },
  // no capture holds a reply dialog
  sendDialog: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 0 },
  // no capture holds a reply dialog
  replyDialog: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 0 },
  primaryColumn: { 'x-tweetyoink-sample': 0, 'x-tweetyoink-quote': 0, 'x-tweetyoink-quote-video': 0, 'x-bouncer-home': 1 },
};
