import type { SelectorList } from '../query';

/**
 * Every hook CM Sidekick uses on www.facebook.com, as data; each list is tried in order. The
 * real captures are 2016–2018 ("legacy") markup: current ("Comet") hooks come first and are
 * covered by the hand-made fixture in tests/dom/sites/facebook.test.ts, legacy hooks follow
 * and are covered by the captures. Expected counts: `facebookSelectorCounts`.
 */
export const facebookSelectors = {
  post: [
    // A feed unit carries its position in the feed; a comment never does.
    '[aria-posinset]',
    // Posts outside a feed (a permalink page, a group's featured post), and comments: the
    // adapter keeps the outermost ones only.
    '[role="article"]',
  ],
  comment: [
    // A comment (or a reply to one) is an article nested inside a post. Any alternative makes
    // one: feed units without role="article" hold comments too. A permalink page's comments
    // sit beside the post instead; read-post.ts tells them by their own link.
    '[role="article"] [role="article"]',
    '[aria-posinset] [role="article"]',
  ],
  commentPermalink: [
    // A comment's timestamp links to the post with the comment's id (reply_comment_id for replies).
    'a[href*="comment_id="]',
  ],
  profileName: [
    // Comet: the author block of a feed story (and of ads, hence the name).
    '[data-ad-rendering-role="profile_name"] a[href]',
    '[data-ad-rendering-role="profile_name"]',
    // Comet without the ad hooks: the header is a heading with the author's link.
    'h2 a[href]',
    'h3 a[href]',
    'strong a[href]',
    'h4 a[href]',
    // Legacy (2016–2018): the actor sits in an h5 (h6 for shared stories).
    'h5 a[href]',
    'h6 a[href]',
  ],
  storyMessage: [
    // Comet: the text the author wrote.
    '[data-ad-rendering-role="story_message"]',
    // Comet builds that only mark the preview block.
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
    // Legacy: the story's own text block.
    '.userContent',
  ],
  textSkip: [
    // "See more"/"Voir plus" controls inside the text, and the "..." legacy shows while cut.
    '[role="button"]',
    '.text_exposed_hide',
    '.see_more_link',
  ],
  permalink: [
    // Page and profile posts: /<page>/posts/<id or pfbid…>.
    'a[href*="/posts/"]',
    // Group posts: /groups/<group>/permalink/<id>/.
    'a[href*="/permalink/"]',
    // permalink.php and story.php: ?story_fbid=<id>&id=<owner>.
    'a[href*="story_fbid="]',
    // Any other link carrying an obfuscated post id (videos, reels, photos of a post).
    'a[href*="pfbid"]',
    // Legacy reaction and share links name the post they belong to.
    'a[href*="ft_ent_identifier="]',
  ],
  time: [
    // Legacy timestamps carry Unix seconds; Comet shows no machine-readable time.
    'abbr[data-utime]',
    '[data-utime]',
  ],
  media: [
    // Photos of the post link to the photo viewer.
    'a[href*="/photo"] img[src]',
    // Legacy link previews and attachments.
    '.fbStoryAttachmentImage img[src]',
    '.uiScaledImageContainer img[src]',
  ],
  videoPoster: ['video[poster]'],
  commentCount: [
    // Legacy: the comment count links to the post with comment tracking.
    'a[href*="comment_tracking"]',
  ],
  shareCount: [
    // Legacy: the share count opens the list of shares.
    'a[href*="/shares/view"]',
  ],
  reactionCount: [
    // Legacy: the total links to the reaction browser; per-reaction links carry aria-labels.
    'a[href*="/ufi/reaction/profile/browser/"]:not([aria-label])',
  ],
  commentBox: [
    // Comet comment and reply boxes are Lexical editors, created when the user clicks Comment.
    '[contenteditable="true"][data-lexical-editor="true"]',
    // Should Lexical's marker go, the box is still an editable textbox.
    '[contenteditable="true"][role="textbox"]',
  ],
  commentAuthor: [
    // Legacy comment actor.
    '.UFICommentActorName',
    // Comet: the first visible profile link with text in a comment is its author (the avatar
    // link before it holds only an image).
    'a[href][role="link"]',
    'a[href]',
  ],
  messenger: [
    // A chat popup links to its conversation in Messenger; post dialogs never do.
    'a[href*="/messages/t/"]',
    'a[href*="/messages/e2ee/t/"]',
  ],
  chatContainer: [
    // Chat popups and post viewers are both dialogs or side panels; the Messenger link tells
    // them apart.
    '[role="dialog"]',
    '[role="complementary"]',
  ],
  dialog: ['[role="dialog"]'],
} as const satisfies Record<string, SelectorList>;

export type FacebookSelectorName = keyof typeof facebookSelectors;

/** Fixture ids from /work/shared/fixtures/real-markup/fixtures.json. */
export type FacebookCaptureId = 'fb-legacy2018-propublica-timeline' | 'fb-legacy2018-propublica-sponsored';

/**
 * Document-wide matches of each list (first matching alternative) on each real capture, checked
 * by the canary test. The captures are legacy: Comet-only hooks match nothing there and are
 * covered by the hand-made fixture instead.
 */
export const facebookSelectorCounts: Record<FacebookSelectorName, Record<FacebookCaptureId, number>> = {
  post: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 1 },
  // the 2018 captures render no comments
  comment: { 'fb-legacy2018-propublica-timeline': 0, 'fb-legacy2018-propublica-sponsored': 0 },
  // legacy h5 (the Comet hooks are absent)
  profileName: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 1 },
  // legacy .userContent
  storyMessage: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 1 },
  // document-wide: every legacy button-role link
  textSkip: { 'fb-legacy2018-propublica-timeline': 12, 'fb-legacy2018-propublica-sponsored': 20 },
  // /posts/ links: the timestamp and the comment count (the ad has only the latter)
  permalink: { 'fb-legacy2018-propublica-timeline': 2, 'fb-legacy2018-propublica-sponsored': 1 },
  // the ad shows "Sponsored", no timestamp
  time: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 0 },
  // the ad's carousel is product pictures, not the post's media
  media: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 0 },
  videoPoster: { 'fb-legacy2018-propublica-timeline': 0, 'fb-legacy2018-propublica-sponsored': 0 },
  commentCount: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 1 },
  shareCount: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 1 },
  reactionCount: { 'fb-legacy2018-propublica-timeline': 1, 'fb-legacy2018-propublica-sponsored': 1 },
  // no text box in either capture
  commentBox: { 'fb-legacy2018-propublica-timeline': 0, 'fb-legacy2018-propublica-sponsored': 0 },
  // the comment-count links carry comment_tracking, not comment_id
  commentPermalink: { 'fb-legacy2018-propublica-timeline': 0, 'fb-legacy2018-propublica-sponsored': 0 },
  // candidates only (no comments rendered): any link
  commentAuthor: { 'fb-legacy2018-propublica-timeline': 18, 'fb-legacy2018-propublica-sponsored': 1 },
  // no chat popup in the captures
  messenger: { 'fb-legacy2018-propublica-timeline': 0, 'fb-legacy2018-propublica-sponsored': 0 },
  chatContainer: { 'fb-legacy2018-propublica-timeline': 0, 'fb-legacy2018-propublica-sponsored': 0 },
  dialog: { 'fb-legacy2018-propublica-timeline': 0, 'fb-legacy2018-propublica-sponsored': 0 },
};
