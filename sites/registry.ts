/**
 * Every site Sockscope runs on, once: a new site is its folder (sites/<site>/, with site.ts and its adapter)
 * plus one line here and one in sites/adapters.ts. Only these files name a site's hosts (sites/hosts.test.ts).
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteEntry } from './site-entry';
import { FACEBOOK_SITE } from './facebook/site';
import { X_SITE } from './x/site';
import { YOUTUBE_SITE } from './youtube/site';

/** The sites, in the popup's order. */
export const SITE_ENTRIES = [X_SITE, FACEBOOK_SITE, YOUTUBE_SITE] as const;

/** Sites Sockscope runs on. */
export type Site = (typeof SITE_ENTRIES)[number]['id'];
export const SITES = SITE_ENTRIES.map((e) => e.id) as [Site, ...Site[]];

const BY_ID = new Map<string, SiteEntry<Site>>(SITE_ENTRIES.map((e) => [e.id, e]));

/** A site's entry. */
export function siteEntry(site: Site): SiteEntry<Site> {
  return BY_ID.get(site)!;
}

/** The platform's name as a reader knows it ("YouTube"). */
export function siteLabel(site: Site): string {
  return siteEntry(site).label;
}

/** The site a URL belongs to, or null. */
export function siteOfUrl(url: string | URL): Site | null {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return SITE_ENTRIES.find((e) => e.pageHost.test(host))?.id ?? null;
}

/** The site a saved page belongs to: its URL first, then site-specific markup; null when unsure. */
export function detectSite(input: { url?: string | null; html?: string | null }): Site | null {
  const fromUrl = input.url ? siteOfUrl(input.url) : null;
  if (fromUrl) return fromUrl;
  const html = input.html;
  if (!html) return null;
  return SITE_ENTRIES.find((e) => e.pageMarkers.test(html))?.id ?? null;
}

/** Every content script match pattern, all sites. */
export const CONTENT_MATCHES: readonly string[] = SITE_ENTRIES.flatMap((e) => e.pageMatches);

const PATTERNS = CONTENT_MATCHES.map((p) => new MatchPattern(p));

/** True when the content script runs on the page at `url`. */
export function isContentScriptPage(url: string): boolean {
  // MatchPattern throws on a string that is no URL; a string (not a URL object) also keeps it off
  // `instanceof Location`, which Node lacks.
  if (!URL.canParse(url)) return false;
  return PATTERNS.some((p) => p.includes(url));
}

/** Every image host, as host permissions write them (`https://pbs.twimg.com/*`). */
export const IMAGE_HOST_PATTERNS: readonly string[] = SITE_ENTRIES.flatMap((e) => e.imageHosts.map((h) => `https://${h}/*`));

/** True when `hostname` serves a site's avatars. */
export function isImageHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return SITE_ENTRIES.some((e) => e.imageHosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h)));
}

/** True for any platform account id a page may show (the sighting schema checks them). */
export function isAccountId(id: string): boolean {
  return SITE_ENTRIES.some((e) => e.accountId.test(id));
}

/** The account a profile URL names, as a site and handle; null for other URLs. */
export function accountOfUrl(url: URL): { site: Site; handle: string } | null {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  for (const e of SITE_ENTRIES) {
    const handle = e.handleFromUrl(host, url);
    if (handle) return { site: e.id, handle };
  }
  return null;
}
