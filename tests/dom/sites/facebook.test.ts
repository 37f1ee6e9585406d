import { beforeAll, describe, expect, it } from 'vitest';
import { facebookSite as fb } from '../../../lib/sites/facebook/adapter';
import { facebookSelectorCounts, facebookSelectors, type FacebookCaptureId, type FacebookSelectorName } from '../../../lib/sites/facebook/selectors';
import { queryAll } from '../../../lib/sites/query';
import { capture, captures, loadCapture } from './capture';

const PAGE = 'https://www.facebook.com/';
const fbCaptures = captures.filter((c) => c.site === 'facebook').map((c) => c.id as FacebookCaptureId);

/**
 * Current ("Comet") markup, which no public capture holds, written by hand after the live
 * page: a feed unit with the ad-rendering hooks, a pfbid permalink, a French message with an
 * emoji image, a cut outbound link and a "See more" control, a photo, a comment with its reply
 * box under it, the post's own comment box, and a Messenger chat popup beside the feed.
 */
const COMET_FEED = `
<div role="feed">
 <div aria-posinset="1" aria-setsize="-1" aria-describedby="_r_1" class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z">
  <div class="x1n2onr6"><div class="x78zum5 xdt5ytf">
   <div class="x1cy8zhl">
    <a aria-hidden="true" href="https://www.facebook.com/cafe.lumiere?__cft__[0]=AZX&amp;__tn__=%3C%2CP-R" role="link" tabindex="-1"><svg aria-label="Café Lumière" role="img"><image href="https://scontent.xx.fbcdn.net/v/t39.30808-1/avatar.jpg"></image></svg></a>
    <div data-ad-rendering-role="profile_name"><h2 class="html-h2"><span><a href="https://www.facebook.com/cafe.lumiere?__cft__[0]=AZX&amp;__tn__=-UC%2CP-R" role="link" tabindex="0"><strong><span>Café Lumière</span></strong></a></span></h2></div>
    <span><a href="https://www.facebook.com/cafe.lumiere/posts/pfbid02AbCdEfGh1234567890?__cft__[0]=AZX&amp;__tn__=%2CO%2CP-R" role="link" tabindex="0"><span>2 h</span></a></span>
   </div>
   <div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message" data-ad-preview="message"><div class="x1iorvi4">
    <div dir="auto">Nouvelle carte ce week-end <img alt="☕" height="16" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t3d/1/16/2615.png" width="16"> !</div>
    <div dir="auto">Réservez ici : <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.cafe-lumiere.fr%2Freservation%2Fweek-end%3Fsrc%3Dfb%26fbclid%3DIwAR0&amp;h=AT0" rel="nofollow noreferrer" role="link" target="_blank">https://www.cafe-lumiere.fr/reserv...</a> <div role="button" tabindex="0">Voir plus</div></div>
   </div></div></div>
   <div><a href="https://www.facebook.com/photo/?fbid=1122334455&amp;set=pcb.99" role="link"><img alt="Peut être une image de café" src="https://scontent.xx.fbcdn.net/v/t39.30808-6/photo1.jpg"></a></div>
   <div class="x1n2onr6"><div role="button" tabindex="0">J’aime</div><div role="button" tabindex="0">Commenter</div></div>
   <div class="comments">
    <ul><li><div class="x1n2onr6">
     <div aria-label="Commentaire de Jeanne Martin" role="article" tabindex="-1">
      <a href="https://www.facebook.com/jeanne.martin.75?comment_id=Y29tbWVudDox&amp;__cft__[0]=AZ" role="link" tabindex="-1"><svg aria-hidden="true"></svg></a>
      <div><span><a href="https://www.facebook.com/jeanne.martin.75?comment_id=Y29tbWVudDox&amp;__cft__[0]=AZ" role="link"><span>Jeanne Martin</span></a></span><div dir="auto">Trop bien ! https://www.facebook.com/cafe.lumiere/posts/1234567890123</div></div>
      <a href="https://www.facebook.com/cafe.lumiere/posts/pfbid02AbCdEfGh1234567890?comment_id=Y29tbWVudDox" role="link">1 h</a>
     </div>
     <div class="replies"><form><div aria-label="Répondre à Jeanne Martin" contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></form></div>
    </div></li></ul>
    <form><div aria-label="Écrivez un commentaire…" contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></form>
   </div>
  </div></div>
 </div>
 <div aria-posinset="2" aria-setsize="-1"><div data-ad-rendering-role="profile_name"><h3><a href="https://www.facebook.com/profile.php?id=1000123&amp;__tn__=R" role="link"><strong>Paul Leroy</strong></a></h3></div><a href="#" role="link"><span>3 h</span></a><div data-ad-rendering-role="story_message"><div dir="auto">Sans lien permanent tant que la souris ne passe pas dessus</div></div></div>
</div>
<div role="complementary"><div role="dialog"><a href="/messages/t/1000123/" role="link">Paul Leroy</a><div aria-label="Message" contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div></div>`;

describe.each(fbCaptures)('Facebook selector canaries on %s', (id) => {
  beforeAll(() => loadCapture(id));

  it.each(Object.keys(facebookSelectors) as FacebookSelectorName[])('%s', (name) => {
    const list = facebookSelectors[name];
    expect(queryAll(document, list).length, `facebookSelectors.${name} [${list.join(' | ')}] on ${id}`).toBe(facebookSelectorCounts[name][id]);
  });
});

describe('Facebook adapter on the legacy captures (propublica, 2018)', () => {
  it('reads the ProPublica timeline story', () => {
    loadCapture('fb-legacy2018-propublica-timeline');
    const posts = fb.findPosts(document);
    expect(posts).toHaveLength(capture('fb-legacy2018-propublica-timeline').topLevel);
    const post = fb.readPost(posts[0] as Element, PAGE);
    expect(post).toMatchObject({
      site: 'facebook',
      postId: '10156364348124445',
      permalink: 'https://www.facebook.com/propublica/posts/10156364348124445',
      authorName: 'ProPublica',
      authorHandle: 'https://www.facebook.com/propublica/',
      time: '2018-04-02T19:08:32.000Z',
      // Legacy counts by address: comments, shares, and the abbreviated reaction total.
      counts: { replies: 40, reposts: 466, likes: 1000, views: null },
      isReply: false,
      isQuote: false,
    });
    expect(post?.text).toMatch(/^National Park Service officials have deleted every mention of humans’ role in causing climate change/u);
    expect(post?.media).toHaveLength(1);
    expect(fb.postKey(posts[0] as Element)).toBe('10156364348124445');
    expect(fb.actionBar(posts[0] as Element)?.tagName).toBe('H5');
  });

  it('reads the sponsored story, whose only post link is its comment count', () => {
    loadCapture('fb-legacy2018-propublica-sponsored');
    const posts = fb.findPosts(document);
    expect(posts).toHaveLength(capture('fb-legacy2018-propublica-sponsored').topLevel);
    expect(fb.readPost(posts[0] as Element, PAGE)).toMatchObject({
      postId: '1593434664090769',
      permalink: 'https://www.facebook.com/article/posts/1593434664090769',
      authorName: 'Article',
      authorHandle: 'https://www.facebook.com/article/',
      text: '"Did I mention the softest and sexiest of all sectionals? Meet this lounge space’s creme de la creme—the Parker sectional from Article."\n\nCheck out how Jessica Brigham transformed her living room: http://bit.ly/JessicaBrigham',
      time: null,
      counts: { replies: 4, reposts: 1, likes: 40, views: null },
    });
  });

  it('leaves comments nested in a story out (legacy UFI markup)', () => {
    document.body.innerHTML = `<div class="userContentWrapper" role="article" aria-label="Story"><h5><a href="https://www.facebook.com/matteo.flora">Matteo Flora</a></h5><a href="/matteo.flora/posts/10154560000000001"><abbr data-utime="1475750000">6 ottobre</abbr></a><div class="userContent"><p>Un articolo</p></div>
      <div class="UFIComment" role="article" aria-label="Comment"><a class="UFICommentActorName" href="/giovanni">Giovanni</a><span>Bello</span></div>
      <div class="UFIComment" role="article" aria-label="Comment"><a class="UFICommentActorName" href="/patrizio">Patrizio</a><span>Vero</span></div></div>`;
    const posts = fb.findPosts(document);
    expect(posts).toHaveLength(1);
    expect(fb.readPost(posts[0] as Element, PAGE)).toMatchObject({ postId: '10154560000000001', authorName: 'Matteo Flora', text: 'Un articolo', time: '2016-10-06T10:33:20.000Z' });
    expect(fb.readPost(document.querySelector('.UFIComment') as Element, PAGE)).toBeNull();
  });
});

describe('Facebook adapter on current markup (hand-made)', () => {
  it('finds feed posts only: no comments, nothing in Messenger', () => {
    document.body.innerHTML = COMET_FEED;
    expect(fb.findPosts(document).map((el) => el.getAttribute('aria-posinset'))).toEqual(['1', '2']);
  });

  it('reads the post, not its comments', () => {
    document.body.innerHTML = COMET_FEED;
    const [first] = fb.findPosts(document);
    expect(fb.readPost(first as Element, PAGE)).toEqual({
      site: 'facebook',
      postId: 'pfbid02AbCdEfGh1234567890',
      permalink: 'https://www.facebook.com/cafe.lumiere/posts/pfbid02AbCdEfGh1234567890',
      authorName: 'Café Lumière',
      authorHandle: 'https://www.facebook.com/cafe.lumiere/',
      text: 'Nouvelle carte ce week-end ☕ !\nRéservez ici : https://www.cafe-lumiere.fr/reservation/week-end?src=fb',
      time: null,
      counts: { replies: null, reposts: null, likes: null, views: null },
      media: ['https://scontent.xx.fbcdn.net/v/t39.30808-6/photo1.jpg'],
      isReply: false,
      isQuote: false,
      quotedPostId: null,
    });
    expect(fb.actionBar(first as Element)?.getAttribute('data-ad-rendering-role')).toBe('profile_name');
    const author = fb.postAuthor(first as Element);
    expect(author?.handle).toBe('https://www.facebook.com/cafe.lumiere/');
    expect(author?.name()).toBe('Café Lumière');
  });

  it('gives no record, and no key, to a post whose permalink is not set yet', () => {
    document.body.innerHTML = COMET_FEED;
    const second = fb.findPosts(document)[1] as Element;
    expect(fb.readPost(second, PAGE)).toBeNull();
    expect(fb.postKey(second)).toBeNull();
  });

  it('finds comment boxes, never the Messenger one', () => {
    document.body.innerHTML = COMET_FEED;
    expect(fb.findReplyBoxes(document).map((box) => box.getAttribute('aria-label'))).toEqual(['Répondre à Jeanne Martin', 'Écrivez un commentaire…']);
  });

  it('names the comment a reply box answers, and the post for the main box', () => {
    document.body.innerHTML = COMET_FEED;
    const [replyBox, commentBox] = fb.findReplyBoxes(document) as [HTMLElement, HTMLElement];
    expect(fb.authorOfReplyBox(replyBox)).toEqual({ name: 'Jeanne Martin', handle: null, profileUrl: 'https://www.facebook.com/jeanne.martin.75/', postId: 'Y29tbWVudDox' });
    expect(fb.authorOfReplyBox(commentBox)).toEqual({ name: 'Café Lumière', handle: null, profileUrl: 'https://www.facebook.com/cafe.lumiere/', postId: 'pfbid02AbCdEfGh1234567890' });
    const messenger = document.querySelector('[role="complementary"] [contenteditable]') as HTMLElement;
    expect(fb.authorOfReplyBox(messenger)).toBeNull();
  });

  it('answers the post shown in a dialog whose comments are not nested in it', () => {
    document.body.innerHTML = `<div role="dialog"><div role="article"><h2><a href="/cafe.lumiere" role="link">Café Lumière</a></h2><a href="/cafe.lumiere/posts/pfbid0Zz9" role="link">2 h</a></div>
      <div class="comments"><div role="article"><a href="/jeanne?comment_id=Y29tbWVudDo5" role="link">Jeanne</a><a href="/cafe.lumiere/posts/pfbid0Zz9?comment_id=Y29tbWVudDo5">1 h</a></div></div>
      <div class="footer"><form><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></form></div></div>`;
    expect(fb.findPosts(document)).toHaveLength(1);
    const [box] = fb.findReplyBoxes(document);
    expect(fb.authorOfReplyBox(box as HTMLElement)?.postId).toBe('pfbid0Zz9');
  });
});

describe('Facebook adapter on pages it does not know', () => {
  it('finds nothing and throws nothing', () => {
    document.body.innerHTML = '<main><article><h2><a href="/x">Blog</a></h2><p>Hello</p></article><div contenteditable="true">note</div></main>';
    expect(fb.findPosts(document)).toEqual([]);
    expect(fb.readPost(document.body, PAGE)).toBeNull();
    expect(fb.postAuthor(document.body)).toBeNull();
    expect(fb.readPost(document.querySelector('article') as Element, 'not a url')).toBeNull();
    expect(fb.actionBar(document.body)).toBeNull();
    expect(fb.findReplyBoxes(document)).toEqual([]);
  });

  it('stays out of Messenger and reads the theme class', () => {
    expect(fb.isSupportedPage(new URL('https://www.facebook.com/'))).toBe(true);
    expect(fb.isSupportedPage(new URL('https://www.facebook.com/groups/cm/permalink/1/'))).toBe(true);
    expect(fb.isSupportedPage(new URL('https://www.facebook.com/messages/t/1000123'))).toBe(false);
    expect(fb.isSupportedPage(new URL('https://x.com/home'))).toBe(false);
    const doc = document.implementation.createHTMLDocument('');
    expect(fb.theme(doc)).toBe('light');
    doc.documentElement.classList.add('__fb-dark-mode');
    expect(fb.theme(doc)).toBe('dark');
  });
});
