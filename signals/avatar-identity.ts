import { siteEntry, type Site } from '../sites/registry';

/**
 * The part of an avatar URL that names the picture, not its size or signature, so a history of
 * avatars lists uploads rather than URL variants: each site's entry drops its size options, and every
 * query (Facebook's signed `oh=…&oe=…` change on every page load) is dropped.
 */
export function avatarIdentity(site: Site, url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  return siteEntry(site).avatarIdentity?.(u) ?? `${u.hostname}${u.pathname}`;
}
