/** Reading x.com addresses. Pure: strings in, ids out. */

const X_HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const HANDLE = /^[A-Za-z0-9_]{1,15}$/u;
const STATUS_PATH = /^\/(?:([A-Za-z0-9_]{1,15})|i\/web)\/status(?:es)?\/(\d{1,25})(?:\/|$)/u;

// First path segments that are app pages, not accounts.
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'search', 'settings', 'compose', 'hashtag',
  'login', 'logout', 'signup', 'tos', 'privacy', 'intent', 'share', 'account', 'jobs',
]);

/** A root-relative path of plain characters, as X writes its links: its pathname is itself. */
const PLAIN_PATH = /^(\/[A-Za-z0-9_/.-]*)(?:[?#]|$)/u;

/** The pathname of an x.com link; null for other hosts. Runs for every link of every post, so X's own root-relative links skip URL parsing. */
function pathOf(href: string, base: string): string | null {
  const plain = PLAIN_PATH.exec(href);
  if (plain?.[1] && !plain[1].startsWith('//') && !plain[1].includes('/.') && X_HOSTS.has(hostOf(base))) return plain[1];
  try {
    const url = new URL(href, base);
    return X_HOSTS.has(url.hostname) ? url.pathname : null;
  } catch {
    return null;
  }
}

const baseHosts = new Map<string, string>();
function hostOf(base: string): string {
  let host = baseHosts.get(base);
  if (host === undefined) {
    try {
      host = new URL(base).hostname;
    } catch {
      host = '';
    }
    baseHosts.set(base, host);
  }
  return host;
}

/** "/user/status/123/photo/1" → { handle: "user", id: "123" }. */
export function statusOf(href: string | null, base = 'https://x.com/'): { handle: string | null; id: string } | null {
  if (!href) return null;
  const path = pathOf(href, base);
  const match = path !== null ? STATUS_PATH.exec(path) : null;
  if (!match?.[2]) return null;
  return { handle: match[1] ?? null, id: match[2] };
}

/** "/user" → "user"; null for posts, app pages and other hosts. */
export function profileHandleOf(href: string | null, base = 'https://x.com/'): string | null {
  if (!href) return null;
  const path = pathOf(href, base);
  if (path === null) return null;
  const segments = path.split('/').filter(Boolean);
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
