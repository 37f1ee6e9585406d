// Who wrote a post, as a person id: read once per post element and post key, then cached. Only
// the author's header is read (the adapters' own author readers), not the whole post: Facebook
// posts often have no permalink until hovered, yet their author is known.

import { personId, personKey } from '../../people/person-key';
import type { Site } from '../../schema/common';
import type { SiteAdapter } from '../../sites/types';

export interface PostAuthor {
  id: string;
  key: string;
  name: string;
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
    // Each adapter reads its own site's markup: a site's script carries no other site's readers.
    const read = site.postAuthor(post);
    const author = read ? personAt(site.site, read.handle, read.name) : null;
    cache.set(post, { postKey, author });
    return author;
  };
}
