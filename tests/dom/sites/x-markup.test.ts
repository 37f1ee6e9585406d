import { afterEach, describe, expect, it } from 'vitest';
import { xSite } from '../../../lib/sites/x/adapter';
import { xArticle, xCellContent, xHomeColumn, xPage, xReplyDialog, xStatusColumn, xTimeline, type XPostData } from '../../fixtures/markup/x';

const HOME = 'https://x.com/home';

/**
 * What the captures lack, written by hand after the live markup (same nesting, test ids, roles;
 * atomic classes trimmed): a French reply with a mention, a shortened link whose full address
 * sits in hidden spans, emoji images in the name and the text, two photos (one a blob:), and an
 * action bar without its summary label, whose buttons carry French counts.
 */
const FRENCH_REPLY = `
<div class="css-175oi2r" data-testid="cellInnerDiv"><div class="css-175oi2r r-1igl3o0 r-qklmqi r-1adg3ll r-1ny4l3l"><div class="css-175oi2r">
<article aria-labelledby="id__n1 id__t1 id__r1" role="article" tabindex="0" class="css-175oi2r r-18u37iz r-1udh08x r-1c4vpko" data-testid="tweet">
 <div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l">
  <div class="css-175oi2r"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"></div></div></div>
  <div class="css-175oi2r r-18u37iz">
   <div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy"><div class="css-175oi2r" data-testid="Tweet-User-Avatar"><div class="css-175oi2r r-bztko3 r-1adg3ll" data-testid="UserAvatar-Container-cafe_lumiere"><a href="/cafe_lumiere" aria-hidden="true" role="link" tabindex="-1"><img alt="" src="https://pbs.twimg.com/profile_images/1/cafe_normal.jpg" class="css-9pa8cd"></a></div></div></div>
   <div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu">
    <div class="css-175oi2r r-zl2h9q"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l" id="id__n1" data-testid="User-Name">
     <div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><a href="/cafe_lumiere" role="link" class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="css-146c3p1"><span class="css-1jxf684"><span class="css-1jxf684">Café Lumière </span><img alt="☕" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/2615.svg" class="r-4qtqp9"></span></div></a></div>
     <div class="css-175oi2r r-18u37iz r-1wbh5a2"><a href="/cafe_lumiere" role="link" tabindex="-1" class="css-175oi2r"><div dir="ltr" class="css-146c3p1"><span class="css-1jxf684">@cafe_lumiere</span></div></a>
      <div dir="ltr" aria-hidden="true" class="css-146c3p1"><span class="css-1jxf684">·</span></div>
      <a href="/cafe_lumiere/status/2028900000000000001" dir="ltr" aria-label="il y a 2 heures" role="link" class="css-146c3p1"><time datetime="2026-03-03T10:00:00.000Z">2 h</time></a></div>
    </div></div>
    <div class="css-175oi2r r-4qtqp9 r-zl2h9q"><div dir="ltr" class="css-146c3p1" id="id__r1">En réponse à <div class="css-175oi2r r-xoduu5"><a dir="ltr" href="/marie_dupont" role="link" class="css-1jxf684">@marie_dupont</a></div></div></div>
    <div class="css-175oi2r"><div dir="auto" lang="fr" class="css-146c3p1" id="id__t1" data-testid="tweetText"><span class="css-1jxf684">Merci </span><div class="css-175oi2r r-xoduu5"><span class="r-18u37iz"><a dir="ltr" href="/marie_dupont" role="link" class="css-1jxf684">@marie_dupont</a></span></div><span class="css-1jxf684"> ! La carte est ici : </span><a dir="ltr" href="https://t.co/AbCdEf1234" rel="noopener noreferrer nofollow" target="_blank" role="link" class="css-1jxf684"><span aria-hidden="true" class="css-1jxf684 r-qlhcfr">https://</span>www.cafe-lumiere.fr/carte-pr<span aria-hidden="true" class="css-1jxf684 r-qlhcfr">intemps-2026?ref=x</span><span aria-hidden="true" class="css-1jxf684">…</span></a><span class="css-1jxf684"> </span><img alt="🥐" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/1f950.svg" class="r-4qtqp9"><span class="css-1jxf684">
À bientôt</span></div></div>
    <div class="css-175oi2r r-9aw3ui r-1s2bzr4"><a href="/cafe_lumiere/status/2028900000000000001/photo/1" role="link"><div aria-label="Image" data-testid="tweetPhoto"><img alt="Image" src="https://pbs.twimg.com/media/GkAbCdEfGh?format=jpg&amp;name=small" class="css-9pa8cd"></div></a><div data-testid="tweetPhoto"><img alt="" src="blob:https://x.com/7c1e"></div></div>
    <div class="css-175oi2r"><div role="group" class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep">
     <div class="css-175oi2r"><button aria-label="1 234 réponses. Répondre" role="button" data-testid="reply" type="button"><span data-testid="app-text-transition-container"><span>1,2 k</span></span></button></div>
     <div class="css-175oi2r"><button aria-label="Reposter" role="button" data-testid="unretweet" type="button"><span data-testid="app-text-transition-container"><span>3,4 k</span></span></button></div>
     <div class="css-175oi2r"><button aria-label="J'aime" role="button" data-testid="like" type="button"></button></div>
     <div class="css-175oi2r"><a href="/cafe_lumiere/status/2028900000000000001/analytics" aria-label="2 M vues. Voir les statistiques du post" role="link"><span data-testid="app-text-transition-container"><span>2 M</span></span></a></div>
    </div></div>
   </div>
  </div>
 </div></div>
</article></div></div></div>`;

const post = (over: Partial<XPostData> = {}): XPostData => ({
  id: '2028800000000000100',
  name: 'Brand FR',
  handle: 'brand_fr',
  text: 'Bonjour',
  time: '2026-03-03T08:00:00.000Z',
  ...over,
});

function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

afterEach(() => {
  document.body.innerHTML = '';
  setUrl('http://localhost:3000/');
});

describe('X adapter on hand-made markup', () => {
  it('reads a French reply: mention, expanded link, emoji, https photos, button counts', () => {
    document.body.innerHTML = FRENCH_REPLY;
    const [el] = xSite.findPosts(document);
    expect(xSite.readPost(el as Element, HOME)).toEqual({
      site: 'x',
      postId: '2028900000000000001',
      permalink: 'https://x.com/cafe_lumiere/status/2028900000000000001',
      authorName: 'Café Lumière ☕',
      authorHandle: 'cafe_lumiere',
      text: 'Merci @marie_dupont ! La carte est ici : https://www.cafe-lumiere.fr/carte-printemps-2026?ref=x 🥐\nÀ bientôt',
      time: '2026-03-03T10:00:00.000Z',
      // No summary label: exact counts from the buttons' labels, the visible "3,4 k" when the
      // label has no number, and null where neither says (the like button shows nothing).
      counts: { replies: 1234, reposts: 3400, likes: null, views: 2000000 },
      media: ['https://pbs.twimg.com/media/GkAbCdEfGh?format=jpg&name=small'],
      isReply: true,
      isQuote: false,
      quotedPostId: null,
    });
  });

  it('does not take a mention in the text, or a repost banner, for a reply', () => {
    document.body.innerHTML = xTimeline([post({ text: 'Merci @marie_dupont !', repostedBy: { name: 'Marie', handle: 'marie_dupont' } })]);
    const read = xSite.readPost(xSite.findPosts(document)[0] as Element, HOME);
    expect(read?.isReply).toBe(false);
    expect(read?.authorHandle).toBe('brand_fr');
  });

  it('reads French labels with grouped thousands, views and abbreviated buttons', () => {
    const counts = { replies: 1234, reposts: 56, likes: 25616, bookmarks: 3, views: 2596467 };
    document.body.innerHTML = xTimeline([post({ lang: 'fr', countStyle: 'grouped', counts })]);
    const group = document.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toContain('\u202f'); // the generator writes fr-FR grouping
    expect(xSite.readPost(xSite.findPosts(document)[0] as Element, HOME)?.counts).toEqual({ replies: 1234, reposts: 56, likes: 25616, views: 2596467 });
  });

  it('reads zero for buttons a readable label leaves out', () => {
    document.body.innerHTML = xTimeline([post({ counts: { likes: 3 } })]);
    expect(xSite.readPost(xSite.findPosts(document)[0] as Element, HOME)?.counts).toEqual({ replies: 0, reposts: 0, likes: 3, views: null });
  });

  it('keeps a quoted post out of the outer post, shortened links expanded', () => {
    const quoted = { id: '2028700000000000007', name: 'Orig', handle: 'orig', text: 'Original text', time: '2026-03-02T08:00:00.000Z', media: [{ kind: 'photo' as const }] };
    const text = 'Lisez https://www.example.org/articles/2026/une-tres-longue-adresse 🎉';
    document.body.innerHTML = xTimeline([post({ text, quoted, counts: { replies: 2 } })]);
    const posts = xSite.findPosts(document);
    expect(posts).toHaveLength(1);
    expect(xSite.readPost(posts[0] as Element, HOME)).toMatchObject({
      postId: '2028800000000000100',
      authorHandle: 'brand_fr',
      text,
      media: [],
      isQuote: true,
      quotedPostId: '2028700000000000007',
    });
  });
});

describe('X virtualised cells', () => {
  it('postKey follows a recycled cell to its new post', () => {
    document.body.innerHTML = xTimeline([post()]);
    const cell = document.querySelector('[data-testid="cellInnerDiv"]') as Element;
    expect(xSite.postKey(cell)).toBe('2028800000000000100');
    const template = document.createElement('template');
    template.innerHTML = xCellContent(post({ id: '2028800000000000200', handle: 'other' }));
    cell.replaceChildren(template.content);
    expect(xSite.postKey(cell)).toBe('2028800000000000200');
    expect(xSite.postKey(document.createElement('div'))).toBeNull();
  });
});

describe('X reply boxes', () => {
  const focused = post({ id: '2028800000000000300', name: 'Marie Dupont', handle: 'marie_dupont' });

  it('answers the focused post on a status page', () => {
    setUrl('https://x.com/marie_dupont/status/2028800000000000300');
    const replies = [post({ id: '2028800000000000301', handle: 'someone' })];
    document.body.innerHTML = xStatusColumn(focused, replies);
    const boxes = xSite.findReplyBoxes(document);
    expect(boxes).toHaveLength(1);
    expect(xSite.authorOfReplyBox(boxes[0] as HTMLElement)).toEqual({
      name: 'Marie Dupont',
      handle: 'marie_dupont',
      profileUrl: 'https://x.com/marie_dupont',
      postId: '2028800000000000300',
    });
  });

  it('answers the post shown in the reply dialog, not the timeline behind it', () => {
    setUrl('https://x.com/home');
    document.body.innerHTML = `${xHomeColumn([post()])}<div id="layers">${xReplyDialog(focused)}</div>`;
    const boxes = xSite.findReplyBoxes(document);
    expect(boxes).toHaveLength(2);
    const [home, dialog] = boxes as [HTMLElement, HTMLElement];
    expect(xSite.authorOfReplyBox(home)).toBeNull();
    expect(xSite.authorOfReplyBox(dialog)).toMatchObject({ name: 'Marie Dupont', handle: 'marie_dupont', postId: '2028800000000000300' });
    expect(document.querySelectorAll('[data-testid="tweetButton"]')).toHaveLength(1);
  });

  it('answers the article above the box when the dialog shows one', () => {
    document.body.innerHTML = `<div id="layers"><div role="dialog" aria-modal="true">${xArticle(focused)}<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div></div>`;
    const [box] = xSite.findReplyBoxes(document);
    expect(xSite.authorOfReplyBox(box as HTMLElement)?.postId).toBe('2028800000000000300');
  });
});

describe('X theme', () => {
  it.each([
    ['light', 'light'],
    ['dim', 'dim'],
    ['dark', 'dark'],
  ] as const)('reads %s', (theme, expected) => {
    const doc = new DOMParser().parseFromString(xPage({ title: 'Home / X', provenance: 'test', primary: '', theme }), 'text/html');
    expect(xSite.theme(doc)).toBe(expected);
  });
});
