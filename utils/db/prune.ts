import type { EvidenceDb } from './schema.ts';

const DAY_MS = 86_400_000;

/** Deletes observations, accounts and image results last seen more than `days` days before `now`; returns counts. */
export async function pruneOlderThan(
  db: EvidenceDb,
  days: number,
  now: number = Date.now(),
): Promise<{ observations: number; accounts: number; images: number }> {
  if (!(days > 0)) throw new Error(`[sockscope:db] pruneOlderThan: days must be > 0 (got ${days})`);
  const cutoff = IDBKeyRange.upperBound(now - days * DAY_MS, true);
  const tx = db.transaction(['observations', 'accounts', 'images'], 'readwrite');
  const count = { observations: 0, accounts: 0, images: 0 };
  // Accounts go by lastSeen, so an account still active keeps its record even when old posts go.
  for (let c = await tx.objectStore('observations').index('bySeenAt').openCursor(cutoff); c; c = await c.continue()) {
    await c.delete();
    count.observations++;
  }
  for (let c = await tx.objectStore('accounts').index('byLastSeen').openCursor(cutoff); c; c = await c.continue()) {
    await c.delete();
    count.accounts++;
  }
  for (let c = await tx.objectStore('images').index('byAnalysedAt').openCursor(cutoff); c; c = await c.continue()) {
    await c.delete();
    count.images++;
  }
  await tx.done;
  return count;
}
