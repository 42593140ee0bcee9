import { computeCoordination, COORDINATION_DEFAULTS, type CoordinationOptions, type ObservedPost } from '../../signals/coordination';
import type { Repost } from '../../signals/co-repost';
import { loadRepostsFor } from './account-reposts';
import { markOnePageLoad } from '../../signals/one-page-load';
import type { AvatarSighting } from '../../signals/reused-avatar';
import type { AccountKey, ClusterEvidence } from '../../core/evidence';
import { similarImagesIn } from './image-results';
import { storedHashes } from './stored-hashes';
import { ObservationCache } from './observation-cache';
import type { AccountRecord, ImageRecord } from './records';
import type { EvidenceDb } from './schema';

/**
 * Index lookups (LSH key, tag set + day → post ids) shared by the assessments of one request: a
 * campaign's accounts post the same text, so they query the same keys. Only for one request, whose
 * sightings are all stored before its assessments start.
 */
export type IndexLookups = Map<string, Promise<number[]>>;

/** What assessments may share: posts for the worker's life, index lookups for one request. */
export interface CoordinationReads {
  posts: ObservationCache;
  keys: IndexLookups;
}

/**
 * Cluster evidence for ONE account, read through the indexes (LSH keys, hashtag set + day, avatar
 * hashes) instead of scanning the store: gathers the candidate posts and avatars, then runs the same
 * pure signals as the batch path.
 */
export async function accountCoordination(
  db: EvidenceDb,
  key: AccountKey,
  opts: CoordinationOptions = COORDINATION_DEFAULTS,
  reads: CoordinationReads = { posts: new ObservationCache(), keys: new Map() },
): Promise<ClusterEvidence[]> {
  const { posts: cache, keys: shared } = reads;
  const tx = db.transaction(['observations', 'accounts']);
  const obs = tx.objectStore('observations');
  const accountRead = tx.objectStore('accounts').get(key);
  const own = await obs.index('byAccount').getAll(key);
  for (const o of own) cache.set(o);
  const lookup = (id: string, run: () => Promise<number[]>): Promise<number[]> => {
    let p = shared.get(id);
    if (!p) shared.set(id, (p = run()));
    return p;
  };
  // Keys first, records second: near-copies of one text share most of the 16 LSH keys, and a campaign's
  // posts share one tag set, so reading records per key would deserialise each candidate up to 17 times.
  // Every lookup is issued at once; the transaction pipelines them. Querying all 16 LSH keys keeps
  // recall identical to the batch path.
  const lookups: Promise<number[]>[] = [];
  for (const o of own) {
    // A text too short to count as copied (opts.copiedText.minChars) is in no near-duplicate group, so the
    // posts that share its LSH keys (every "Thank you!" of the day) are no evidence for this account.
    if (o.textLength >= opts.copiedText.minChars)
      for (const k of o.lshKeys) lookups.push(lookup(`lsh\u0000${k}`, () => obs.index('byLsh').getAllKeys(k)));
    if (o.tagsKey) lookups.push(lookup(`tags\u0000${o.tagsKey}\u0000${o.day}`, () => obs.index('byTagsDay').getAllKeys([o.tagsKey!, o.day])));
  }
  const ids = new Set<number>();
  for (const list of await Promise.all(lookups)) for (const id of list) ids.add(id);
  for (const o of own) if (o.id !== undefined) ids.add(o.id);
  const account = await accountRead;
  await tx.done;
  // A fresh transaction: waiting on lookups another assessment made can outlast this one's. A
  // campaign's accounts all find the same posts: the cache reads each one once, not once per account.
  const reader = db.transaction('observations').store;
  // In id order, the order the batch path (loadCoordinationSnapshot) has within a day. The assessments of a
  // campaign's accounts then give the grouping the same list whatever order their lookups returned it in,
  // and it is grouped once per request, not once per account (text-similarity.ts keeps recent groupings).
  const posts = await cache.getMany([...ids].sort((a, b) => a - b), (i) => reader.get(i));
  const avatars = await avatarSightings(db, key, account?.avatars ?? [], opts.reusedAvatar.maxBits);
  const reposts = await loadRepostsFor(db, key);
  return markOnePageLoad(computeCoordination({ posts, avatars, reposts }, opts, key).get(key) ?? [], posts, key);
}

/**
 * The account's avatars, plus every other account showing the same file (SHA-256) or a near-identical
 * image (phash within maxBits), in one read transaction.
 */
async function avatarSightings(db: EvidenceDb, key: AccountKey, own: AccountRecord['avatars'], maxBits: number): Promise<AvatarSighting[]> {
  const out: AvatarSighting[] = [];
  if (own.length === 0) return out;
  const known = await storedHashes(db);
  const tx = db.transaction(['images', 'accounts']);
  const images = tx.objectStore('images');
  const owners = tx.objectStore('accounts').index('byAvatarUrl');
  for (const a of own) {
    out.push({ accountKey: key, url: a.url, sha256: a.sha256, phash: a.phash, seenAt: a.firstSeen });
    // Identical bytes decode to identical hashes, so the phash scan also finds every SHA-256 match; the
    // SHA-256 index serves avatars that have no phash.
    const matches: ImageRecord[] = a.phash ? await similarImagesIn(images, known, a.phash, maxBits) : a.sha256 ? await images.index('bySha256').getAll(a.sha256) : [];
    for (const img of matches)
      for (const owner of await owners.getAll(img.url))
        if (owner.key !== key) out.push({ accountKey: owner.key, url: img.url, sha256: img.sha256, phash: img.phash, seenAt: owner.avatars.find((v) => v.url === img.url)?.firstSeen ?? owner.firstSeen });
  }
  await tx.done;
  return out;
}

/** Batch snapshot of days [fromDay, toDay] (inclusive) for the dashboard or an export. */
export async function loadCoordinationSnapshot(db: EvidenceDb, fromDay: string, toDay: string): Promise<{ posts: ObservedPost[]; avatars: AvatarSighting[]; reposts: Repost[] }> {
  const posts = await db.getAllFromIndex('observations', 'byDay', IDBKeyRange.bound(fromDay, toDay));
  const keys = new Set(posts.map((p) => p.accountKey));
  const avatars: AvatarSighting[] = [];
  for (const key of keys) {
    const acc = await db.get('accounts', key);
    for (const a of acc?.avatars ?? []) avatars.push({ accountKey: acc?.key ?? key, url: a.url, sha256: a.sha256, phash: a.phash, seenAt: a.firstSeen });
  }
  // The reposters' rows ("X reposted" lines), timed by when they were seen.
  const reposts: Repost[] = posts.flatMap((o) => (o.repostItem ? [{ accountKey: o.accountKey, item: o.repostItem, at: o.seenAt, shownCount: o.repostShown ?? null }] : []));
  return { posts, avatars, reposts };
}
