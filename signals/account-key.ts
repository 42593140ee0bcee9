import type { Site } from '../core/sighting';
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
  const m = /^(x|facebook|youtube):(.+)$/.exec(key);
  return m ? { site: m[1] as Site, handle: m[2] as string } : null;
}
