import { describe, expect, it } from 'vitest';
import { commentIdOf, facebookPostRef, facebookProfileUrl, outboundTarget } from '../../../lib/sites/facebook/urls';
import { permalinkOf, profileHandleOf, statusOf } from '../../../lib/sites/x/urls';

describe('X addresses', () => {
  it('reads status links, relative or absolute, with their tails', () => {
    expect(statusOf('/TestQuoter/status/1983130065320780162')).toEqual({ handle: 'TestQuoter', id: '1983130065320780162' });
    expect(statusOf('https://x.com/omarsar0/status/2028823724196343923/photo/1')).toEqual({ handle: 'omarsar0', id: '2028823724196343923' });
    expect(statusOf('https://twitter.com/a_b/status/123/analytics')).toEqual({ handle: 'a_b', id: '123' });
    expect(statusOf('/i/web/status/42')).toEqual({ handle: null, id: '42' });
  });

  it('refuses other hosts and non-status paths', () => {
    expect(statusOf('https://example.com/a/status/1')).toBeNull();
    expect(statusOf('/a/likes')).toBeNull();
    expect(statusOf(null)).toBeNull();
  });

  it('reads profile links, not app pages', () => {
    expect(profileHandleOf('/TestUser123')).toBe('TestUser123');
    expect(profileHandleOf('https://x.com/trq212')).toBe('trq212');
    expect(profileHandleOf('/home')).toBeNull();
    expect(profileHandleOf('/hashtag/cm')).toBeNull();
    expect(profileHandleOf('/a/status/1')).toBeNull();
    expect(profileHandleOf('https://t.co/xYHSw5Tm00')).toBeNull();
  });

  it('builds x.com permalinks', () => {
    expect(permalinkOf('a', '1')).toBe('https://x.com/a/status/1');
    expect(permalinkOf(null, '1')).toBe('https://x.com/i/web/status/1');
  });
});

describe('Facebook addresses', () => {
  it('reads /posts/ links and drops tracking', () => {
    expect(facebookPostRef('/propublica/posts/10156364348124445?comment_tracking=%7B%7D')).toEqual({
      id: '10156364348124445',
      permalink: 'https://www.facebook.com/propublica/posts/10156364348124445',
    });
    expect(facebookPostRef('https://www.facebook.com/cafe.lumiere/posts/pfbid02Xyz9AbC?__cft__[0]=AZ&__tn__=%2CO%2CP-R')).toEqual({
      id: 'pfbid02Xyz9AbC',
      permalink: 'https://www.facebook.com/cafe.lumiere/posts/pfbid02Xyz9AbC',
    });
  });

  it('reads group permalinks, story_fbid, pfbid tokens and legacy entity ids', () => {
    expect(facebookPostRef('/groups/cmfrance/permalink/778899001122/')?.id).toBe('778899001122');
    expect(facebookPostRef('/permalink.php?story_fbid=123456789&id=987654321')).toEqual({
      id: '123456789',
      permalink: 'https://www.facebook.com/permalink.php?story_fbid=123456789&id=987654321',
    });
    expect(facebookPostRef('/reel/pfbid0AbC123')?.id).toBe('pfbid0AbC123');
    expect(facebookPostRef('/ufi/reaction/profile/browser/?ft_ent_identifier=1593434664090769&av=1')).toEqual({ id: '1593434664090769', permalink: null });
  });

  it('refuses what is not a post link', () => {
    expect(facebookPostRef('#')).toBeNull();
    expect(facebookPostRef('/propublica/')).toBeNull();
    expect(facebookPostRef('https://example.com/a/posts/123456')).toBeNull();
  });

  it('cleans profile links', () => {
    expect(facebookProfileUrl('https://www.facebook.com/propublica/?hc_ref=ARTW')).toBe('https://www.facebook.com/propublica/');
    expect(facebookProfileUrl('/profile.php?id=1000123&__tn__=R')).toBe('https://www.facebook.com/profile.php?id=1000123');
    expect(facebookProfileUrl('/groups/cmfrance/')).toBeNull();
    expect(facebookProfileUrl('#')).toBeNull();
  });

  it('reads outbound links and comment ids', () => {
    expect(outboundTarget('https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fa%3Fx%3D1%26fbclid%3Dzz&h=AT')).toBe('https://example.org/a?x=1');
    expect(outboundTarget('https://www.facebook.com/x')).toBeNull();
    expect(commentIdOf('/cafe/posts/pfbid1?comment_id=Y29tbWVudDox&reply_comment_id=Y29tbWVudDoy')).toBe('Y29tbWVudDoy');
    expect(commentIdOf('/cafe/posts/pfbid1?comment_id=Y29tbWVudDox')).toBe('Y29tbWVudDox');
  });
});
