/** Reading facebook.com addresses. Pure: strings in, ids out. */

const FB_HOSTS = /^(?:www\.|web\.|m\.|mbasic\.)?facebook\.com$/u;
const ORIGIN = 'https://www.facebook.com';
const POST_ID = String.raw`(pfbid[0-9A-Za-z]+|\d{5,25})`;

function parse(href: string | null, base: string): URL | null {
  if (!href || href === '#') return null;
  try {
    const url = new URL(href, base);
    return FB_HOSTS.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

export interface FacebookPostRef {
  id: string;
  /** Canonical https address without tracking parameters; null when the link is not one. */
  permalink: string | null;
}

/**
 * The post a link points to: /<page>/posts/<id>, /groups/<g>/permalink/<id>/,
 * permalink.php?story_fbid=<id>&id=<owner>, any pfbid… token, or a legacy
 * ft_ent_identifier=<id> (reaction and share links, which are not permalinks).
 */
export function facebookPostRef(href: string | null, base = `${ORIGIN}/`): FacebookPostRef | null {
  const url = parse(href, base);
  if (!url) return null;
  const path = url.pathname;
  const posts = new RegExp(String.raw`^(/.+?)?/posts/${POST_ID}(?:/|$)`, 'u').exec(path);
  if (posts?.[2]) return { id: posts[2], permalink: `${ORIGIN}${posts[1] ?? ''}/posts/${posts[2]}` };
  const group = new RegExp(String.raw`^/groups/([^/]+)/permalink/${POST_ID}(?:/|$)`, 'u').exec(path);
  if (group?.[1] && group[2]) return { id: group[2], permalink: `${ORIGIN}/groups/${group[1]}/permalink/${group[2]}/` };
  const story = url.searchParams.get('story_fbid');
  if (story && new RegExp(`^${POST_ID}$`, 'u').test(story)) {
    const owner = url.searchParams.get('id');
    const permalink = owner && /^\d+$/u.test(owner) ? `${ORIGIN}/permalink.php?story_fbid=${story}&id=${owner}` : null;
    return { id: story, permalink };
  }
  const pfbid = /(pfbid[0-9A-Za-z]+)/u.exec(path)?.[1];
  if (pfbid) return { id: pfbid, permalink: `${ORIGIN}${path}` };
  const entity = url.searchParams.get('ft_ent_identifier');
  if (entity && /^\d{5,25}$/u.test(entity)) return { id: entity, permalink: null };
  return null;
}

// First path segments that are Facebook's own pages, not profiles.
const NOT_PROFILES = new Set(['', 'photo', 'photo.php', 'photos', 'watch', 'groups', 'events', 'hashtag', 'l.php', 'ufi', 'shares', 'messages', 'permalink.php', 'story.php', 'reel', 'stories', 'ajax', 'sharer']);

/** An author's profile address without tracking: /<name>/ or /profile.php?id=<n>. */
export function facebookProfileUrl(href: string | null, base = `${ORIGIN}/`): string | null {
  const url = parse(href, base);
  if (!url) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id && /^\d+$/u.test(id) ? `${ORIGIN}/profile.php?id=${id}` : null;
  }
  if (NOT_PROFILES.has(first.toLowerCase())) return null;
  // /people/<name>/<id>/ is how Facebook links profiles without a user name.
  if (first === 'people' && segments.length >= 3) return `${ORIGIN}/people/${segments[1]}/${segments[2]}/`;
  return segments.length === 1 ? `${ORIGIN}/${first}/` : null;
}

/** The destination of Facebook's outbound redirect (l.php?u=…), or null. */
export function outboundTarget(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, `${ORIGIN}/`);
    if (!/^l\.facebook\.com$|^lm\.facebook\.com$/u.test(url.hostname) || url.pathname !== '/l.php') return null;
    const target = url.searchParams.get('u');
    if (!target || !/^https?:\/\//u.test(target)) return null;
    const clean = new URL(target);
    clean.searchParams.delete('fbclid');
    return clean.href;
  } catch {
    return null;
  }
}

export function isFacebookHost(hostname: string): boolean {
  return FB_HOSTS.test(hostname);
}

/** A comment's id from its timestamp link (?comment_id=…, &reply_comment_id=… for replies). */
export function commentIdOf(href: string | null): string | null {
  const url = parse(href, `${ORIGIN}/`);
  return url ? (url.searchParams.get('reply_comment_id') ?? url.searchParams.get('comment_id')) : null;
}
