import type { SiteEntry } from '../site-entry';

/** YouTube: channels as authors of comments, videos and feed items. */
export const YOUTUBE_SITE = {
  id: 'youtube',
  label: 'YouTube',
  toggleLabel: 'YouTube',
  mark: 'YT',
  stixAccountType: 'youtube',
  pageMatches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  pageHost: /(^|\.)(youtube\.com|youtu\.be)$/,
  // Channel avatars (docs/sources.md, "Avatar URLs"). yt4.ggpht.com, once accepted by the avatar-URL rewrite
  // alone, is in none of the saved pages (../shared/data/dom) nor the sources, and each new host is a new
  // permission users are asked for: it stays out until a page shows it.
  imageHosts: ['yt3.ggpht.com', 'yt3.googleusercontent.com'],
  savedPageBase: 'https://www.youtube.com/',
  pageMarkers: /<ytd-[a-z-]+|\bytInitialData\b|\byt3\.(?:ggpht|googleusercontent)\.com\//,
  accountId: /^UC[\w-]{22}$/,
  idNoun: 'channel',
  webLabel: (handle: string) => (/^uc[\w-]{22}$/i.test(handle) ? `youtube.com/channel/${handle}` : `youtube.com/@${handle}`),
  handleFromUrl(host: string, url: URL) {
    if (host !== 'youtube.com' && host !== 'm.youtube.com') return null;
    const [first = '', second] = url.pathname.split('/').filter(Boolean);
    if (first.startsWith('@')) return decodeURIComponent(first.slice(1));
    return (first === 'channel' || first === 'c' || first === 'user') && second ? second : null;
  },
  // The `=s88-…` options name a size and a crop, not a picture.
  avatarIdentity: (u: URL) => `${u.hostname}${u.pathname.replace(/=[^/]*$/, '')}`,
  // Auto-assigned @handles: the name, a dash, a few random letters and digits ("@janedoe-x7k2p").
  autoHandle: { test: (h: string) => /^[\p{L}\p{N}._]+-[a-z0-9]{3,6}$/u.test(h) && /\d/.test(h.split('-').pop() ?? ''), shape: 'YouTube assigns automatically' },
  digitTailHandles: true,
  // Letter avatars are ordinary image URLs: no placeholder is recognisable (a known gap).
} as const satisfies SiteEntry<'youtube'>;
