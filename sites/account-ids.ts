import type { FoundAuthor } from './types';

/**
 * Gives every author of a page the platform id that one of its sightings showed: a profile header
 * names the id (X's banner), the posts below it name only the handle. Same handle, same page, same account.
 */
export function shareAccountIds(found: readonly FoundAuthor[]): void {
  const ids = new Map<string, string>();
  for (const f of found) if (f.data.handle && f.data.accountId) ids.set(f.data.handle.toLowerCase(), f.data.accountId);
  for (const f of found) {
    const id = f.data.handle ? ids.get(f.data.handle.toLowerCase()) : undefined;
    if (id && !f.data.accountId) f.data.accountId = id;
  }
}
