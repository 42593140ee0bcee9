import type { AuthorOccurrence } from '../../core/sighting';
import { platformImageUrl } from '../../sites/platform-image-url';
import { siteEntry, siteOfUrl, type Site } from '../../sites/registry';

// The background trusts a sighting only as far as its sender can vouch for it (docs/threat-model.md): a
// content script (or a compromised renderer speaking for it) could name any site, any profile URL and any
// image. The tab's own URL, which the browser reports and the page cannot forge, decides the site.

/** One analyse item as the content script sent it. */
export interface SightingItem {
  url: string;
  occurrence: AuthorOccurrence;
}

/** Why an item was refused, or null when it may be recorded and analysed. */
export type Refusal = string | null;

/** The site of the tab a message came from (its URL as the browser reports it); null off every site. */
export function senderSite(tabUrl: string | undefined): Site | null {
  return tabUrl ? siteOfUrl(tabUrl) : null;
}

/** True for an https profile URL on the site's own page hosts (no credentials, no other scheme). */
export function isOwnProfileUrl(site: Site, raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && !url.username && !url.password && siteEntry(site).pageHost.test(url.hostname.toLowerCase());
}

/**
 * Each item's refusal (null when accepted): the image must be a platform image URL, the sighting must be of
 * the sender tab's site, and its profile URL (when it has one) on that site's host, https only.
 */
export function screenSightings(items: readonly SightingItem[], tabUrl: string | undefined): Refusal[] {
  const site = senderSite(tabUrl);
  return items.map(({ url, occurrence: o }) => {
    if (!site) return "couldn't check: the sighting came from no page of a supported site";
    if (o.site !== site) return `couldn't check: a sighting for ${o.site} sent from a ${site} page`;
    if (!platformImageUrl(url)) return "couldn't check: the avatar is not on the platform's image hosts";
    if (o.profileUrl !== null && !isOwnProfileUrl(site, o.profileUrl)) return "couldn't check: the profile link is not on the site's host";
    return null;
  });
}
