import type { SiteEntry } from '../site-entry';

/** Facebook: post, comment and profile authors. */
export const FACEBOOK_SITE = {
  id: 'facebook',
  label: 'Facebook',
  toggleLabel: 'Facebook',
  mark: 'f',
  stixAccountType: 'facebook',
  pageMatches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  pageHost: /(^|\.)(facebook\.com|fb\.com|messenger\.com)$/,
  imageHosts: ['*.fbcdn.net'],
  savedPageBase: 'https://www.facebook.com/',
  pageMarkers: /data-ad-rendering-role=|\bfbcdn\.net\/|\b__comet_req\b|"CometFeedStory/,
  accountId: /^\d{1,25}$/,
  idNoun: 'profile',
  webLabel: (handle: string) => (/^\d+$/.test(handle) ? `facebook.com/profile.php?id=${handle}` : `facebook.com/${handle}`),
  handleFromUrl(host: string, url: URL) {
    if (!host.endsWith('facebook.com')) return null;
    const first = url.pathname.split('/').filter(Boolean)[0] ?? '';
    const id = url.searchParams.get('id');
    if (first === 'profile.php') return id || null;
    return first || null;
  },
  // Numeric profile ids are normal handles here; silhouettes are ordinary image URLs (a known gap).
  digitTailHandles: false,
} as const satisfies SiteEntry<'facebook'>;
