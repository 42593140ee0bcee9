import type { EvidenceDb } from './schema';

const DAY_MS = 86_400_000;

/**
 * Deletes observations, accounts and image results last seen more than `days` days before `now`; returns counts.
 * Accounts in `keep` (a reviewer's "keep this account") stay with their posts and their avatars' results.
 */
export async function pruneOlderThan(
  db: EvidenceDb,
  days: number,
  now: number = Date.now(),
  keep: ReadonlySet<string> = new Set(),
): Promise<{ observations: number; accounts: number; images: number }> {
  if (!(days > 0)) throw new Error(`[sockscope:db] pruneOlderThan: days must be > 0 (got ${days})`);
  const cutoff = IDBKeyRange.upperBound(now - days * DAY_MS, true);
  const tx = db.transaction(['observations', 'accounts', 'images', 'phashes'], 'readwrite');
  const count = { observations: 0, accounts: 0, images: 0 };
  const keptImages = new Set<string>();
  for (const key of keep) for (const url of (await tx.objectStore('accounts').get(key))?.avatarUrls ?? []) keptImages.add(url);
  // Accounts go by lastSeen, so an account still active keeps its record even when old posts go.
  for (let c = await tx.objectStore('observations').index('bySeenAt').openCursor(cutoff); c; c = await c.continue()) {
    if (keep.has(c.value.accountKey)) continue;
    await c.delete();
    count.observations++;
  }
  for (let c = await tx.objectStore('accounts').index('byLastSeen').openCursor(cutoff); c; c = await c.continue()) {
    if (keep.has(c.value.key)) continue;
    await c.delete();
    count.accounts++;
  }
  const hashes = new Set<string>();
  for (let c = await tx.objectStore('images').index('byAnalysedAt').openCursor(cutoff); c; c = await c.continue()) {
    if (keptImages.has(c.value.url)) continue;
    if (c.value.phash) hashes.add(c.value.phash);
    await c.delete();
    count.images++;
  }
  // A hash goes with its last image (another URL may still show the same picture).
  for (const h of hashes) if ((await tx.objectStore('images').index('byPhash').count(h)) === 0) await tx.objectStore('phashes').delete(h);
  await tx.done;
  return count;
}
