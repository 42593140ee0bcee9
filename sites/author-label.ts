import type { Site } from '../core/sighting';
import { siteEntry } from './registry';

/** True when the "handle" is the platform's account id (YouTube's UC… for a channel without an @handle). */
export function isAccountIdHandle(site: Site, handle: string): boolean {
  return new RegExp(siteEntry(site).accountId.source, 'i').test(handle.replace(/^@/, ''));
}

/**
 * How a badge names its author to a reader: "@handle", or, where the page gives only the platform's id,
 * the display name ("channel UC…" without one). An id is not a handle: "@UC…" names no one.
 */
export function authorLabel(site: Site, handle: string | null, displayName: string | null): string | undefined {
  if (!handle) return displayName?.trim() || undefined;
  if (!isAccountIdHandle(site, handle)) return `@${handle.replace(/^@/, '')}`;
  return displayName?.trim() || `${siteEntry(site).idNoun ?? 'account'} ${handle}`;
}
