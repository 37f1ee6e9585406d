// Who wrote a post, as a person id: read once per post element and post key, then cached. Only
// the author's header is read (the adapters' own author readers), not the whole post: Facebook
// posts often have no permalink until hovered, yet their author is known.

import { personId, personKey } from '../../people/person-key';
import type { Site } from '../../schema/common';
import type { PostAuthorRead, SiteAdapter } from '../../sites/types';

export interface PostAuthor {
  id: string;
  key: string;
  name: string;
}

/** The author's handle now, and their display name on demand. */
function readAuthor(site: SiteAdapter, el: Element): PostAuthorRead | null {
  try {
    // Each adapter reads its own site's markup: a site's script carries no other site's readers.
    return site.postAuthor(el);
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
