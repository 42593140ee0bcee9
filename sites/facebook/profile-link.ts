import { resolveUrl } from '../../utils/dom/urls';

/** A Facebook account as a link names it. */
export interface ProfileRef {
  /** The profile slug (`zuck`), or the numeric id of profile.php / people / group-member links. */
  handle: string;
  /** Absolute, without tracking parameters (`__cft__`, `__tn__`, `comment_id`, …). */
  profileUrl: string;
}

/** First path segments that are app routes, not profile slugs. */
const ROUTES = new Set([
  'photo', 'photo.php', 'photos', 'watch', 'groups', 'events', 'pages', 'marketplace', 'gaming', 'stories', 'hashtag',
  'friends', 'messages', 'notifications', 'bookmarks', 'saved', 'settings', 'help', 'policies', 'privacy', 'login',
  'reel', 'reels', 'story.php', 'permalink.php', 'sharer', 'sharer.php', 'share', 'ads', 'business', 'fundraisers',
  'memories', 'live', 'search', 'l.php', 'media', 'video', 'videos', 'home.php', 'me', 'dialog', 'plugins', 'legal',
  'terms', 'about', 'careers', 'jobs', 'games', 'offers', 'donate', 'news', 'community', 'feeds', 'latest', 'weather',
  'coronavirus_info', 'places', 'lists', 'onthisday', 'profile.php', 'people', 'ajax', 'checkpoint', 'recover', 'r.php',
]);

/** Sub-pages of a profile that still name it (the profile header links to its own friends list). */
const PROFILE_TABS = new Set(['friends', 'about', 'photos', 'videos', 'followers', 'following', 'reels']);

function isFacebookHost(hostname: string): boolean {
  return /(^|\.)(facebook\.com|fb\.com)$/.test(hostname) && !hostname.startsWith('l.') && !hostname.startsWith('lm.');
}

/**
 * The account a link points at: `/slug`, `/profile.php?id=N`, `/people/Name/N`, `/groups/G/user/N`.
 * With `tabs`, `/slug/friends` and `profile.php?id=N&sk=friends` count too. Else null.
 */
export function profileRefOf(href: string | null | undefined, pageUrl: string, tabs = false): ProfileRef | null {
  const abs = resolveUrl(href, pageUrl);
  if (!abs) return null;
  const url = new URL(abs);
  if (!isFacebookHost(url.hostname)) return null;
  const base = 'https://www.facebook.com';
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second, third, fourth] = segments;
  if (first === undefined) return null;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    if (!id || !/^\d+$/.test(id) || (url.searchParams.has('sk') && !tabs)) return null;
    return { handle: id, profileUrl: `${base}/profile.php?id=${id}` };
  }
  if (first === 'people' && second && third && /^\d+$/.test(third) && segments.length === 3) {
    return { handle: third, profileUrl: `${base}/people/${second}/${third}/` };
  }
  if (first === 'groups' && second && third === 'user' && fourth && /^\d+$/.test(fourth)) {
    return { handle: fourth, profileUrl: `${base}/groups/${second}/user/${fourth}/` };
  }
  if (ROUTES.has(first.toLowerCase()) || !/^[\w.-]{2,}$/.test(first)) return null;
  if (segments.length > 1 && !(tabs && segments.length === 2 && second && PROFILE_TABS.has(second))) return null;
  return { handle: first, profileUrl: `${base}/${first}` };
}

/** True when two refs name the same account. */
export function sameAccount(a: ProfileRef | null, b: ProfileRef | null): boolean {
  return a !== null && b !== null && a.handle.toLowerCase() === b.handle.toLowerCase();
}
