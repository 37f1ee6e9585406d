// Who wrote a post, as a person id: read once per post element and post key, then cached. Only
// the author's header is read (the adapters' own author readers), not the whole post: Facebook
// posts often have no permalink until hovered, yet their author is known.

import { commentsIn, readAuthor as readFacebookAuthor, resolvePost as resolveFacebookPost } from '../../sites/facebook/read-post';
import { nestedIn, readAuthor as readXAuthor, resolvePost as resolveXPost } from '../../sites/x/read-post';
import { personId, personKey } from '../../people/person-key';
import type { Site } from '../../schema/common';
import type { SiteAdapter } from '../../sites/types';

export interface PostAuthor {
  id: string;
  key: string;
  name: string;
}

/** The author's handle now, and their display name on demand: most authors are nobody the CM knows, and their name is never shown. */
function readAuthor(site: SiteAdapter, el: Element): { handle: string | null; name: () => string } | null {
  try {
    if (site.site === 'x') {
      const post = resolveXPost(el);
      if (!post) return null;
      const nested = nestedIn(post);
      const { handle } = readXAuthor(post, nested, 'https://x.com/', false);
      return {
        handle,
        name: () => {
          try {
            return readXAuthor(post, nested, 'https://x.com/').name;
          } catch {
            return '';
          }
        },
      };
    }
    const post = resolveFacebookPost(el);
    if (!post) return null;
    const { name, profileUrl } = readFacebookAuthor(post, commentsIn(post));
    return { handle: profileUrl, name: () => name };
  } catch {
    // Markup we did not foresee means no marker on that post, not a broken page.
    return null;
  }
}

/** The person behind a handle or profile URL, keyed as the People store keys them; the name is read once, when first asked for. */
export function personAt(site: Site, handle: string | null, readName: () => string): PostAuthor | null {
  const key = personKey(site, handle);
  if (!key) return null;
  let name: string | null = null;
  return { id: personId(site, key), key, get name() { return (name ??= readName()); } };
}

export function createAuthorReader(site: SiteAdapter): (post: Element) => PostAuthor | null {
  // X recycles cells: the cache is checked against the post key the element holds now.
  const cache = new WeakMap<Element, { postKey: string | null; author: PostAuthor | null }>();
  return (post) => {
    const postKey = site.postKey(post);
    const hit = cache.get(post);
    if (hit && hit.postKey === postKey) return hit.author;
    const read = readAuthor(site, post);
    const author = read ? personAt(site.site, read.handle, read.name) : null;
    cache.set(post, { postKey, author });
    return author;
  };
}
