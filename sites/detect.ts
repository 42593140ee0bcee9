import type { Site } from '../core/sighting';

/** Hostnames per site; subdomains (www., m., mobile.) count too. */
const HOSTS: Record<Site, RegExp> = {
  x: /(^|\.)(x|twitter)\.com$/,
  facebook: /(^|\.)(facebook\.com|fb\.com|messenger\.com)$/,
  youtube: /(^|\.)(youtube\.com|youtu\.be)$/,
};

/** Markup only one site produces, for saved pages that name no URL (fragments, fixtures). */
const MARKERS: readonly [Site, RegExp][] = [
  ['x', /data-testid="(?:tweet|tweetText|User-Name|UserCell|primaryColumn)"|\bpbs\.twimg\.com\/profile_images\//],
  ['youtube', /<ytd-[a-z-]+|\bytInitialData\b|\byt3\.(?:ggpht|googleusercontent)\.com\//],
  ['facebook', /data-ad-rendering-role=|\bfbcdn\.net\/|\b__comet_req\b|"CometFeedStory/],
];

/** The site a URL belongs to, or null. */
export function siteOfUrl(url: string | URL): Site | null {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const site of Object.keys(HOSTS) as Site[]) if (HOSTS[site].test(host)) return site;
  return null;
}

/** The site a saved page belongs to: its URL first, then site-specific markup; null when unsure. */
export function detectSite(input: { url?: string | null; html?: string | null }): Site | null {
  const fromUrl = input.url ? siteOfUrl(input.url) : null;
  if (fromUrl) return fromUrl;
  const html = input.html;
  if (!html) return null;
  for (const [site, marker] of MARKERS) if (marker.test(html)) return site;
  return null;
}
