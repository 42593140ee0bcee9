import { SITES, type Site } from '../sites/registry';
import type { AccountKey } from '../core/evidence';

/**
 * Stable key of an account: `${site}:${handle}` with the handle case-folded, because X, YouTube
 * and Facebook all treat handles case-insensitively (@JaneDoe and @janedoe are one account).
 */
export function accountKey(site: Site, handle: string): AccountKey {
  return `${site}:${handle.replace(/^@/, '').trim().toLowerCase()}` as AccountKey;
}

/** Splits an account key back into site and handle; null when malformed. */
export function parseAccountKey(key: string): { site: Site; handle: string } | null {
  const colon = key.indexOf(':');
  const site = key.slice(0, colon) as Site;
  return colon > 0 && colon < key.length - 1 && SITES.includes(site) ? { site, handle: key.slice(colon + 1) } : null;
}
