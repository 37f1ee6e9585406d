import type { Post } from '../schema/clip';
import type { Settings } from '../schema/settings';

/**
 * A handle or page as the CM typed it in the watch list, or as a post names its author, reduced
 * to one comparable key: "@Cafe_Lumiere", "cafe_lumiere" and "https://x.com/cafe_lumiere" agree,
 * and so do "https://www.facebook.com/cafelumiere/" and "cafelumiere". Pure.
 */
export function handleKey(value: string): string {
  let text = value.trim().toLowerCase();
  const url = /^https?:\/\/[^/]+\/(.*)$/u.exec(text);
  if (url) {
    const path = url[1] ?? '';
    // facebook.com/profile.php?id=123 names the page by its query, not its path.
    const id = /^profile\.php\?(?:.*&)?id=(\d+)/u.exec(path)?.[1];
    text = id ?? path.split(/[/?#]/u)[0] ?? '';
  }
  return text.replace(/^@/u, '');
}

/** The competitor the CM's watch list names for this post's author, or null. */
export function inferCompetitor(post: Pick<Post, 'authorHandle' | 'authorName'>, watchList: Settings['watchList']): string | null {
  if (watchList.length === 0) return null;
  const keys = new Set<string>();
  if (post.authorHandle) keys.add(handleKey(post.authorHandle));
  if (post.authorName) keys.add(post.authorName.trim().toLowerCase());
  for (const entry of watchList) {
    if (keys.has(handleKey(entry.handle)) || keys.has(entry.handle.trim().toLowerCase())) return entry.competitor;
  }
  return null;
}
