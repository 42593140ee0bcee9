import type { Site } from '../core/sighting';
import { siteEntry } from './registry';

/**
 * True when the "handle" is the platform's account id: YouTube's UC… for a channel without an @handle,
 * Facebook's number for a profile without a vanity name. Only sites whose entry names such accounts
 * (`idNoun`) have them: an all-digit X handle is a handle.
 */
export function isAccountIdHandle(site: Site, handle: string): boolean {
  const entry = siteEntry(site);
  return entry.idNoun !== undefined && new RegExp(entry.accountId.source, 'i').test(handle.replace(/^@/, ''));
}

/**
 * How a badge names its author to a reader: "@handle", or, where the page gives only the platform's id,
 * the display name ("channel UC…" without one). An id is not a handle: "@UC…" names no one.
 */
export function authorLabel(site: Site, handle: string | null, displayName: string | null): string | undefined {
  if (!handle) return displayName?.trim() || undefined;
  if (!isAccountIdHandle(site, handle)) return `@${handle.replace(/^@/, '')}`;
  return displayName?.trim() || `${siteEntry(site).idNoun} ${handle}`;
}
