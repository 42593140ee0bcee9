import type { Repost } from '../../signals/co-repost';
import type { AccountKey } from '../../core/evidence';
import type { EvidenceDb } from './schema';

/**
 * The reposts co-repost needs for one account: its own ("X reposted" lines naming it) and every other
 * account's reposts of the same posts, through the byRepostItem index. X shows no time for a repost, so
 * `at` is when this browser saw it; the page's repost count beside the post is its rarity.
 */
export async function loadRepostsFor(db: EvidenceDb, key: AccountKey): Promise<Repost[]> {
  const tx = db.transaction('observations');
  const own = (await tx.store.index('byAccount').getAll(key)).filter((o) => o.repostItem !== undefined);
  const items = [...new Set(own.map((o) => o.repostItem!))];
  const rows = (await Promise.all(items.map((item) => tx.store.index('byRepostItem').getAll(item)))).flat();
  await tx.done;
  return rows.map((o) => ({ accountKey: o.accountKey, item: o.repostItem!, at: o.seenAt, shownCount: o.repostShown ?? null }));
}
