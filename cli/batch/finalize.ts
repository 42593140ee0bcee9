/**
 * The tables of a whole run: reads the parts of one output folder (a whole run) or of every shard (a
 * merge), so coordination spans all shards, and writes accounts, clusters and links atomically.
 */
import type { ObservedPost } from '../../signals/coordination';
import type { AccountKey } from '../../core/evidence';
import type { UserRecord } from './inputs/types';
import { accountTableRow, ACCOUNT_TABLE } from './account-table';
import { judgeAccounts, type AccountImage } from './batch-accounts';
import { CLUSTER_COLUMNS, coordinationTables, LINK_COLUMNS } from './coordination-tables';
import { verdictOfRow } from './image-row';
import { outLayout } from './layout';
import { num, parquetFiles, readParquet, str } from './parquet/read-parquet';
import { writeParquet } from './parquet/write-parquet';
import { userOfRow } from './plan-stage';
import { observedOfRow, repostOfRow } from './posts-stage';
import type { Repost } from '../../signals/co-repost';

/** Reads every part of `dirs` and writes the three tables into `out`; returns their row counts. */
export async function writeTables(dirs: readonly string[], out: string): Promise<{ accounts: number; clusters: number; links: number }> {
  const users = new Map<AccountKey, UserRecord>();
  const images = new Map<AccountKey, AccountImage[]>();
  const posts: { seq: number; post: ObservedPost }[] = [];
  const reposts: { seq: number; repost: Repost }[] = [];
  const files = new Map<string, string>();
  const seen = new Map<AccountKey, { first: number; last: number }>();
  for (const dir of dirs) {
    const parts = outLayout(dir);
    for (const f of parquetFiles(parts.users)) for (const r of await readParquet(f)) users.set(userOfRow(r).key, userOfRow(r));
    for (const f of parquetFiles(parts.images))
      for (const r of await readParquet(f)) {
        const key = str(r, 'account_key') as AccountKey | null;
        if (!key) continue;
        const list = images.get(key) ?? [];
        const path = str(r, 'path') ?? '';
        const url = str(r, 'url') ?? path;
        list.push({ seq: num(r, 'seq') ?? 0, path, url, verdict: verdictOfRow(r) });
        images.set(key, list);
        // The export's avatar_file: the image's path in the input, when it could be read.
        if (str(r, 'status') !== 'error') files.set(url, path);
      }
    for (const f of parquetFiles(parts.posts))
      for (const r of await readParquet(f)) {
        const key = str(r, 'account_key') as AccountKey;
        const t = Date.parse(str(r, 'time') ?? '');
        if (Number.isFinite(t)) {
          const s = seen.get(key);
          seen.set(key, s ? { first: Math.min(s.first, t), last: Math.max(s.last, t) } : { first: t, last: t });
        }
        const post = observedOfRow(r);
        if (post) posts.push({ seq: num(r, 'seq') ?? 0, post });
        const repost = repostOfRow(r);
        if (repost) reposts.push({ seq: num(r, 'seq') ?? 0, repost });
      }
  }
  for (const list of images.values()) list.sort((a, b) => a.seq - b.seq);
  // Input order, as a store's ids would have it: the signals break ties by order.
  posts.sort((a, b) => a.seq - b.seq);
  reposts.sort((a, b) => a.seq - b.seq);
  const sortedUsers = new Map([...users.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const { accounts, evidence, coReposts } = judgeAccounts({ users: sortedUsers, images, posts: posts.map((p) => p.post), reposts: reposts.map((r) => r.repost), seen });
  const { links, clusters } = coordinationTables(evidence, coReposts);
  const layout = outLayout(out);
  writeParquet(layout.accounts, ACCOUNT_TABLE, accounts.map((a) => accountTableRow(a, (url) => files.get(url) ?? null)));
  writeParquet(layout.clusters, CLUSTER_COLUMNS, clusters);
  writeParquet(layout.links, LINK_COLUMNS, links);
  return { accounts: accounts.length, clusters: clusters.length, links: links.length };
}
