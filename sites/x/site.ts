import type { SiteEntry } from '../site-entry';

// X handles are 1–15 of [A-Za-z0-9_] today (legacy accounts may be longer on pages; lists use today's rule).
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com']);
/** First path segments that are app routes, not handles. */
const RESERVED = new Set(['i', 'home', 'intent', 'search', 'hashtag', 'explore', 'settings', 'share']);

/** X (Twitter), the 2021 captures as twitter.com. */
export const X_SITE = {
  id: 'x',
  label: 'X',
  toggleLabel: 'X (Twitter)',
  mark: 'X',
  stixAccountType: 'twitter',
  pageMatches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  pageHost: /(^|\.)(x|twitter)\.com$/,
  imageHosts: ['pbs.twimg.com', 'abs.twimg.com'],
  savedPageBase: 'https://x.com/',
  pageMarkers: /data-testid="(?:tweet|tweetText|User-Name|UserCell|primaryColumn)"|\bpbs\.twimg\.com\/profile_images\//,
  accountId: /^\d{1,25}$/,
  webLabel: (handle: string) => `x.com/${handle}`,
  handleFromUrl(host: string, url: URL) {
    const first = url.pathname.split('/').filter(Boolean)[0] ?? '';
    return HOSTS.has(host) && HANDLE.test(first) && !RESERVED.has(first.toLowerCase()) ? first : null;
  },
  // The `_normal`/`_400x400` size suffix names a size, not a picture.
  avatarIdentity: (u: URL) => `${u.hostname}${u.pathname.replace(/_(normal|bigger|mini|x96|200x200|400x400)(\.\w+)$/, '$2')}`,
  // X gives every account that signs up without choosing a handle letters from the name, then exactly 8
  // digits, 15 characters at most; many real users never change it.
  autoHandle: { test: (h: string) => /^[a-z][a-z_]{0,6}\d{8}$/i.test(h) && h.length <= 15, shape: 'X assigns automatically (name + 8 digits); many real people keep it too' },
  digitTailHandles: true,
  // The grey egg / silhouette of an account that never set a photo.
  defaultAvatar: /\/sticky\/default_profile_images\//,
} as const satisfies SiteEntry<'x'>;
