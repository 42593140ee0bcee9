/** What kind of X page a URL shows; decides the kind of the posts on it. */
export type XPage = Readonly<
  | { type: 'home' }
  | { type: 'status'; handle: string; statusId: string }
  | { type: 'profile'; handle: string }
  | { type: 'user-list'; handle: string | null }
  | { type: 'other' }
>;

/** First path segments that are app routes, not handles. */
const RESERVED = new Set([
  'home', 'explore', 'search', 'notifications', 'messages', 'i', 'settings', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'hashtag', 'intent', 'share', 'jobs', 'communities', 'lists', 'bookmarks',
]);

const LIST_TABS = new Set(['followers', 'following', 'verified_followers', 'followers_you_follow']);

/** Hosts that serve X (the 2021 captures are twitter.com). */
export function isXHost(hostname: string): boolean {
  return /(^|\.)(x|twitter)\.com$/.test(hostname);
}

/** The last URL classified: every unit of a scan asks for the same page's type. */
let last: { pageUrl: string; page: XPage } | null = null;

/** Classify an X URL. Unknown hosts and the bare root give 'other'. */
export function xPageType(pageUrl: string): XPage {
  if (last?.pageUrl !== pageUrl) last = { pageUrl, page: classify(pageUrl) };
  return last.page;
}

function classify(pageUrl: string): XPage {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { type: 'other' };
  }
  if (!isXHost(url.hostname)) return { type: 'other' };
  const [first, second, third] = url.pathname.split('/').filter(Boolean);
  if (first === undefined) return { type: 'other' };
  if (first === 'home') return { type: 'home' };
  if (first === 'search' && url.searchParams.get('f') === 'user') return { type: 'user-list', handle: null };
  if (RESERVED.has(first.toLowerCase()) || !isHandle(first)) return { type: 'other' };
  if (second === 'status' && third && /^\d+$/.test(third)) return { type: 'status', handle: first, statusId: third };
  if (second && LIST_TABS.has(second)) return { type: 'user-list', handle: first };
  return { type: 'profile', handle: first };
}

/** True for a syntactically valid X handle (legacy accounts may exceed today's 15 characters). */
export function isHandle(value: string): boolean {
  return /^[A-Za-z0-9_]{1,50}$/.test(value);
}

/** The status id of a `/<handle>/status/<id>` href, or null. */
export function statusIdOf(href: string | null): string | null {
  const match = href ? /\/status\/(\d+)/.exec(href) : null;
  return match?.[1] ?? null;
}
