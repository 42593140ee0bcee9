import { computeCoordination, COORDINATION_DEFAULTS, type CoordinationOptions, type ObservedPost } from '../signals/coordination.ts';
import type { AvatarSighting } from '../signals/reused-avatar.ts';
import type { AccountKey, ClusterEvidence } from '../signals/types.ts';
import { findImagesBySha256, findSimilarImages } from './image-results.ts';
import type { ObservationRecord } from './records.ts';
import type { EvidenceDb } from './schema.ts';

/**
 * Cluster evidence for ONE account, read through the indexes (LSH keys, hashtag set + day, avatar
 * hashes) instead of scanning the store: gathers the candidate posts and avatars, then runs the same
 * pure signals as the batch path.
 */
export async function accountCoordination(
  db: EvidenceDb,
  key: AccountKey,
  opts: CoordinationOptions = COORDINATION_DEFAULTS,
): Promise<ClusterEvidence[]> {
  const tx = db.transaction(['observations', 'accounts', 'images']);
  const obs = tx.objectStore('observations');
  const own = await obs.index('byAccount').getAll(key);
  const posts = new Map<number, ObservationRecord>();
  for (const o of own) if (o.id !== undefined) posts.set(o.id, o);
  for (const o of own) {
    // Enough LSH keys to catch any ≥ 0.8 match; querying all 16 keeps recall identical to the batch path.
    for (const k of o.lshKeys) for (const c of await obs.index('byLsh').getAll(k)) if (c.id !== undefined) posts.set(c.id, c);
    if (o.tagsKey) for (const c of await obs.index('byTagsDay').getAll([o.tagsKey, o.day])) if (c.id !== undefined) posts.set(c.id, c);
  }
  const account = await tx.objectStore('accounts').get(key);
  await tx.done;
  const avatars: AvatarSighting[] = [];
  for (const a of account?.avatars ?? []) {
    avatars.push({ accountKey: key, url: a.url, sha256: a.sha256, phash: a.phash });
    const same = [...(a.sha256 ? await findImagesBySha256(db, a.sha256) : []), ...(a.phash ? await findSimilarImages(db, a.phash, Math.min(7, opts.reusedAvatar.maxBits)) : [])];
    for (const img of same)
      for (const owner of await db.getAllFromIndex('accounts', 'byAvatarUrl', img.url))
        if (owner.key !== key) avatars.push({ accountKey: owner.key, url: img.url, sha256: img.sha256, phash: img.phash });
  }
  const snap = { posts: [...posts.values()] as ObservedPost[], avatars };
  return computeCoordination(snap, opts).get(key) ?? [];
}

/** Batch snapshot of days [fromDay, toDay] (inclusive) for the dashboard or an export. */
export async function loadCoordinationSnapshot(db: EvidenceDb, fromDay: string, toDay: string): Promise<{ posts: ObservedPost[]; avatars: AvatarSighting[] }> {
  const posts = await db.getAllFromIndex('observations', 'byDay', IDBKeyRange.bound(fromDay, toDay));
  const keys = new Set(posts.map((p) => p.accountKey));
  const avatars: AvatarSighting[] = [];
  for (const key of keys) {
    const acc = await db.get('accounts', key);
    for (const a of acc?.avatars ?? []) avatars.push({ accountKey: acc?.key ?? key, url: a.url, sha256: a.sha256, phash: a.phash });
  }
  return { posts, avatars };
}
