// Canaries for Facebook comments, which the people marker reads to mark commenters: which
// elements are comments, who wrote each, where a marker goes; on the generated Comet feed (both
// UI languages), on hand-written legacy and permalink-page markup, and on the genuine captures.
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthorReader } from '../../../lib/features/people-marker/author-of';
import { personKey } from '../../../lib/people/person-key';
import { facebookSite as fb } from '../../../lib/sites/facebook/adapter';
import { xSite } from '../../../lib/sites/x/adapter';
import { fbFeed, type FbPostData } from '../../fixtures/markup/facebook';
import { FB_FEED_POSTS } from '../../fixtures/markup/samples';
import { captures, loadCapture } from './capture';

afterEach(() => {
  document.body.innerHTML = '';
});

const findComments = (root: ParentNode) => fb.findComments?.(root) ?? [];
const authorOf = (comment: Element) => fb.commentAuthor?.(comment) ?? null;
const slotOf = (comment: Element) => fb.commentMarkerSlot?.(comment) ?? null;
/** Every element observe() hands over as a post candidate. */
const candidates = () => [...document.querySelectorAll(fb.postSelector)];

/** Who wrote what in the sample feed, in document order: each comment, then its replies. */
const EXPECTED = FB_FEED_POSTS.flatMap((post) => (post.comments ?? []).flatMap((c) => [{ each: c, reply: false }, ...(c.replies ?? []).map((r) => ({ each: r, reply: true }))]));

describe('Facebook comments on the generated Comet feed', () => {
  it.each(['fr', 'en'] as const)('finds every comment and reply, and no post, in the %s UI', (lang) => {
    document.body.innerHTML = fbFeed(FB_FEED_POSTS.map((p) => ({ ...p, lang })), lang);
    const comments = findComments(document);
    expect(comments.map((c) => authorOf(c))).toEqual(EXPECTED.map(({ each }) => ({
      name: each.author,
      profileUrl: `https://www.facebook.com${each.authorPath}/`,
      commentId: each.id,
    })));
    // The right articles, told apart without reading their (localised) labels.
    expect(comments.map((c) => c.getAttribute('aria-label')?.split(' ')[0])).toEqual(
      EXPECTED.map(({ reply }) => (reply ? { fr: 'Réponse', en: 'Reply' } : { fr: 'Commentaire', en: 'Comment' })[lang]),
    );
    const posts = fb.findPosts(document);
    expect(posts).toHaveLength(FB_FEED_POSTS.length);
    expect(comments.filter((c) => posts.includes(c))).toEqual([]);
    // Posts and comments share the observer's selector: every candidate is exactly one of them.
    expect(candidates().every((el) => posts.includes(el) !== comments.includes(el))).toBe(true);
  });

  it('finds comments in a feed unit without role="article" too', () => {
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    const journal = fb.findPosts(document).find((p) => !p.matches('[role="article"]'))!;
    expect(findComments(journal).map((c) => authorOf(c)?.name)).toEqual(['Hugo Lefèvre']);
  });

  it('gives the person key of a commenter who also posts the one the marker gives their post', () => {
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    const [post] = fb.findPosts(document);
    const postAuthor = createAuthorReader(fb)(post!);
    const reply = findComments(post!).find((c) => authorOf(c)?.name === postAuthor?.name)!;
    expect(postAuthor?.key).toBe('cafelumiere');
    expect(personKey('facebook', authorOf(reply)?.profileUrl ?? null)).toBe(postAuthor?.key);
  });

  it('takes the element itself, or the comments inside it, as findPosts does', () => {
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    const [first, second] = findComments(document);
    expect(findComments(first!)).toEqual([first]);
    expect(findComments(first!.parentElement!)).toEqual([first, second]);
    expect(findComments(fb.findPosts(document)[1]!)).toEqual([]);
    // A post is not a comment, whatever asks.
    expect(authorOf(fb.findPosts(document)[0]!)).toBeNull();
    expect(slotOf(fb.findPosts(document)[0]!)).toBeNull();
  });

  it('puts the marker after the name link, outside it, and reads the same author once it is there', () => {
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    for (const comment of findComments(document)) {
      const author = authorOf(comment)!;
      const slot = slotOf(comment)!;
      expect(slot.tagName).toBe('A');
      expect(slot.textContent).toBe(author.name);
      expect(slot.parentElement?.closest('a')).toBeNull();
      // Not the avatar, which links to the same profile but shows no name.
      expect(slot.querySelector('svg')).toBeNull();
      const host = document.createElement('cmsk-ui');
      host.attachShadow({ mode: 'open' }).textContent = '●';
      slot.after(host);
      expect(authorOf(comment)).toEqual(author);
      expect(findComments(document)).toContain(comment);
    }
  });
});

describe('Facebook comments on hand-written markup', () => {
  it('reads legacy UFI comments by their actor name, not the avatar alt text', () => {
    // Shaped like tracking-exposed/facebook post02.html (2016): UFIComment articles in the story,
    // an aria-hidden avatar link whose image carries the name, then the actor link.
    document.body.innerHTML = `<div class="userContentWrapper" role="article" aria-label="Story"><h5><a href="https://www.facebook.com/Lastknight?fref=nf">Matteo G.P. Flora</a></h5><a href="/Lastknight/posts/10154603530677053"><abbr data-utime="1475783325">38 mins</abbr></a>
      <div class="UFIList">
        <div class="UFIRow UFIComment" role="article" aria-label="Comment"><a href="https://www.facebook.com/harkanik?fref=ufi" class="UFIImageBlockImage" tabindex="-1" aria-hidden="true"><img alt="Giovanni Tafuri" src="https://scontent.xx.fbcdn.net/a.jpg"></a>
          <div class="UFICommentContent"><span><a class=" UFICommentActorName" dir="ltr" href="https://www.facebook.com/harkanik?fref=ufi">Giovanni Tafuri</a></span><span class="UFICommentBody">GO!</span></div>
          <a class="uiLinkSubtle" href="/Lastknight/posts/10154603530677053?comment_id=10154603531187053&amp;comment_tracking=%7B%7D">38 mins</a></div>
        <div class="UFIRow UFIComment" role="article" aria-label="Comment"><a href="https://www.facebook.com/profile.php?id=1544866948&amp;fref=ufi" aria-hidden="true"><img alt="Patrizio Galeotti" src="https://scontent.xx.fbcdn.net/b.jpg"></a>
          <div class="UFICommentContent"><span><a class=" UFICommentActorName" href="https://www.facebook.com/profile.php?id=1544866948&amp;fref=ufi">Patrizio Galeotti</a></span></div>
          <a href="/Lastknight/posts/10154603530677053?comment_id=10154603561412053">24 mins</a></div>
      </div></div>`;
    const comments = findComments(document);
    expect(comments.map((c) => authorOf(c))).toEqual([
      { name: 'Giovanni Tafuri', profileUrl: 'https://www.facebook.com/harkanik/', commentId: '10154603531187053' },
      { name: 'Patrizio Galeotti', profileUrl: 'https://www.facebook.com/profile.php?id=1544866948', commentId: '10154603561412053' },
    ]);
    expect(comments.map((c) => slotOf(c)?.className.trim())).toEqual(['UFICommentActorName', 'UFICommentActorName']);
    expect(fb.findPosts(document).map((p) => p.getAttribute('aria-label'))).toEqual(['Story']);
  });

  it('finds the comments a post dialog shows beside the post, not nested in it', () => {
    document.body.innerHTML = `<div role="dialog"><div role="article"><h2><a href="/cafe.lumiere" role="link">Café Lumière</a></h2><a href="/cafe.lumiere/posts/pfbid0Zz9" role="link">2 h</a></div>
      <div class="comments"><div role="article" aria-label="Commentaire de Jeanne"><a href="/jeanne.m?comment_id=Y29tbWVudDo5" role="link">Jeanne</a><a href="/cafe.lumiere/posts/pfbid0Zz9?comment_id=Y29tbWVudDo5">1 h</a></div></div></div>`;
    expect(fb.findPosts(document)).toHaveLength(1);
    const comments = findComments(document);
    expect(comments.map((c) => authorOf(c))).toEqual([{ name: 'Jeanne', profileUrl: 'https://www.facebook.com/jeanne.m/', commentId: 'Y29tbWVudDo5' }]);
    expect(fb.findPosts(document)).not.toContain(comments[0]);
  });

  it('skips an avatar link that carries the name only for the eye', () => {
    document.body.innerHTML = `<div aria-posinset="1"><div data-ad-rendering-role="profile_name"><h3><a href="/cafe.lumiere">Café Lumière</a></h3></div>
      <div role="article"><a href="https://www.facebook.com/jeanne.m" role="link" aria-hidden="true" tabindex="-1"><img alt="Jeanne M." src="https://scontent.xx.fbcdn.net/a.jpg"></a>
      <div><span><a href="https://www.facebook.com/jeanne.m?comment_id=Y29tbWVudDox" role="link"><span>Jeanne M.</span></a></span><div dir="auto">Merci !</div></div></div></div>`;
    const [comment] = findComments(document);
    expect(authorOf(comment!)).toEqual({ name: 'Jeanne M.', profileUrl: 'https://www.facebook.com/jeanne.m/', commentId: 'Y29tbWVudDox' });
    expect(slotOf(comment!)?.getAttribute('aria-hidden')).toBeNull();
    expect(slotOf(comment!)?.textContent).toBe('Jeanne M.');
  });

  it('names no one rather than the wrong one', () => {
    // Only a badge link (a group page) and the timestamp: neither is the author.
    document.body.innerHTML = `<div aria-posinset="1"><div data-ad-rendering-role="profile_name"><h3><a href="/cafe.lumiere">Café Lumière</a></h3></div>
      <div role="article"><a href="https://www.facebook.com/groups/cm/badges/" role="link">Top fan</a><a href="https://www.facebook.com/cafe.lumiere/posts/1234567890123?comment_id=1" role="link">1 h</a>
      <form><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></form></div></div>`;
    const [comment] = findComments(document);
    expect(comment).toBeDefined();
    expect(authorOf(comment!)).toBeNull();
    expect(slotOf(comment!)).toBeNull();
    // A reply box in it still answers that comment, by its id.
    const [box] = fb.findReplyBoxes(comment!);
    expect(fb.authorOfReplyBox(box!)).toEqual({ name: '', handle: null, profileUrl: null, postId: '1' });
  });

  it('leaves Messenger chat popups alone', () => {
    const post: FbPostData = { ...FB_FEED_POSTS[0]!, comments: [{ id: '1', author: 'Paul Leroy', authorPath: '/paul.leroy', text: 'Salut', timeLabel: '1 h', timeAgo: 'il y a 1 heure' }] };
    document.body.innerHTML = `<div role="complementary"><div role="dialog"><a href="/messages/t/1000123/">Paul Leroy</a>${fbFeed([post])}</div></div>`;
    expect(findComments(document)).toEqual([]);
  });
});

describe('Facebook comments on the genuine captures', () => {
  const fbCaptures = captures.filter((c) => c.site === 'facebook');

  it.each(fbCaptures.map((c) => [c.id, c] as const))('%s: every article is a post or a comment, never both', (id, c) => {
    loadCapture(id);
    const posts = fb.findPosts(document);
    const comments = findComments(document);
    expect(posts).toHaveLength(c.topLevel);
    expect(comments.filter((el) => posts.includes(el))).toEqual([]);
    expect(candidates().every((el) => posts.includes(el) || comments.includes(el))).toBe(true);
    // The 2018 captures render their comment counts but no comment: nothing to name, nothing named.
    expect(comments.map((el) => authorOf(el))).toEqual([]);
  });

  it('has no comment reader on X, where replies are posts', () => {
    expect([xSite.findComments, xSite.commentAuthor, xSite.commentMarkerSlot]).toEqual([undefined, undefined, undefined]);
  });
});
