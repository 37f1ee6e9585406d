// Who a post's author is, as one stable key per person and site: the same person seen on two
// posts (or in a reply box) must land on the same record.

import type { Site } from '../schema/common';

/** A person id, `facebook:<key>`, is an IdSchema (200 characters): a longer key could never be stored. */
const MAX_FACEBOOK_KEY = 200 - 'facebook:'.length;

/**
 * X: the handle, lower-cased (X handles are case-insensitive). Facebook: the profile address
 * path ("camille.martin", "profile.php?id=123", "people/Name/123"), which the adapter already
 * normalised. Null when the page does not say who wrote it.
 */
export function personKey(site: Site, handle: string | null): string | null {
  if (!handle) return null;
  if (site === 'x') {
    const h = handle.replace(/^@/u, '').trim().toLowerCase();
    return /^[a-z0-9_]{1,15}$/u.test(h) ? h : null;
  }
  let url: URL;
  try {
    url = new URL(handle, 'https://www.facebook.com/');
  } catch {
    return null;
  }
  if (!/(^|\.)facebook\.com$/u.test(url.hostname)) return null;
  const id = url.searchParams.get('id');
  if (url.pathname === '/profile.php') return id && /^\d+$/u.test(id) ? `profile.php?id=${id}` : null;
  const path = url.pathname.replace(/^\/+|\/+$/gu, '');
  return path ? path.slice(0, MAX_FACEBOOK_KEY) : null;
}

export function personId(site: Site, key: string): string {
  return `${site}:${key}`;
}
