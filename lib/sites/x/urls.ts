/** Reading x.com addresses. Pure: strings in, ids out. */

const X_HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const HANDLE = /^[A-Za-z0-9_]{1,15}$/u;
const STATUS_PATH = /^\/(?:([A-Za-z0-9_]{1,15})|i\/web)\/status(?:es)?\/(\d{1,25})(?:\/|$)/u;

// First path segments that are app pages, not accounts.
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'search', 'settings', 'compose', 'hashtag',
  'login', 'logout', 'signup', 'tos', 'privacy', 'intent', 'share', 'account', 'jobs',
]);

function parse(href: string, base: string): URL | null {
  try {
    const url = new URL(href, base);
    return X_HOSTS.has(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/** "/user/status/123/photo/1" → { handle: "user", id: "123" }. */
export function statusOf(href: string | null, base = 'https://x.com/'): { handle: string | null; id: string } | null {
  if (!href) return null;
  const url = parse(href, base);
  const match = url ? STATUS_PATH.exec(url.pathname) : null;
  if (!match?.[2]) return null;
  return { handle: match[1] ?? null, id: match[2] };
}

/** "/user" → "user"; null for posts, app pages and other hosts. */
export function profileHandleOf(href: string | null, base = 'https://x.com/'): string | null {
  if (!href) return null;
  const url = parse(href, base);
  if (!url) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const handle = segments[0];
  if (segments.length !== 1 || !handle || !HANDLE.test(handle) || RESERVED.has(handle.toLowerCase())) return null;
  return handle;
}

/** Users share x.com links whatever host they browse on (twitter.com redirects there). */
export function permalinkOf(handle: string | null, id: string): string {
  return handle ? `https://x.com/${handle}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

export function profileUrlOf(handle: string): string {
  return `https://x.com/${handle}`;
}

export function isXHost(hostname: string): boolean {
  return X_HOSTS.has(hostname);
}
