/**
 * links.parquet and clusters.parquet from each account's cluster evidence: a link per pair of accounts
 * and kind (the columns of the export's links.csv), and a cluster per connected group of links of one kind.
 * Each account's evidence lists a bounded number of others (its strongest partners), so the links grow
 * with the accounts, not with the square of a ring's size; a co-repost cluster is its whole connected group.
 */
import { UnionFind } from '../../signals/union-find';
import type { AccountKey, ClusterEvidence } from '../../core/evidence';
import { durationText, type CoRepostEvidence } from '../../signals/co-repost';
import type { Column, Row } from './parquet/types';

export const LINK_COLUMNS: readonly Column[] = [
  { name: 'account_a', type: 'STRING' }, { name: 'account_b', type: 'STRING' }, { name: 'kind', type: 'STRING' }, { name: 'evidence', type: 'STRING' },
];

export const CLUSTER_COLUMNS: readonly Column[] = [
  { name: 'cluster_id', type: 'STRING' }, { name: 'kind', type: 'STRING' }, { name: 'size', type: 'INT64' }, { name: 'account_key', type: 'STRING' }, { name: 'reason', type: 'STRING' },
];

const evidenceOf = (c: ClusterEvidence): string => (c.day ? `${c.day}: ${c.shared}` : c.shared);

/** Links (account_a < account_b) and clusters, both sorted: each account's listed others (bounded) and its co-repost partners. */
export function coordinationTables(evidence: ReadonlyMap<AccountKey, readonly ClusterEvidence[]>, coReposts: ReadonlyMap<AccountKey, CoRepostEvidence> = new Map()): { links: Row[]; clusters: Row[] } {
  const links = new Map<string, Row>();
  for (const a of [...coReposts.keys()].sort())
    for (const p of coReposts.get(a)?.partners ?? []) {
      const [x, y] = a < p.account ? [a, p.account] : [p.account, a];
      const id = `co-repost\u0000${x}\u0000${y}`;
      if (!links.has(id)) links.set(id, { account_a: x, account_b: y, kind: 'co-repost', evidence: `reposted ${p.posts} of the same posts, each within ${durationText(coReposts.get(a)!.windowMs)}` });
    }
  const accounts = [...evidence.keys()].sort();
  for (const a of accounts)
    for (const c of evidence.get(a) ?? [])
      for (const b of c.accounts) {
        const [x, y] = a < b ? [a, b] : [b, a];
        const id = `${c.signal}\u0000${x}\u0000${y}`;
        if (!links.has(id)) links.set(id, { account_a: x, account_b: y, kind: c.signal, evidence: evidenceOf(c) });
      }
  const sortedLinks = [...links.entries()].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)).map(([, r]) => r);
  const clusters = [...clusterRows(sortedLinks.filter((l) => l.kind !== 'co-repost'), evidence), ...coRepostClusters(coReposts)];
  const order = (r: Row): string => `${String(r.cluster_id)}\u0000${String(r.account_key)}`;
  return { links: sortedLinks, clusters: clusters.sort((p, q) => (order(p) < order(q) ? -1 : order(p) > order(q) ? 1 : 0)) };
}

/** A co-repost cluster is the connected group of every qualifying pair, listed partners or not. */
function coRepostClusters(coReposts: ReadonlyMap<AccountKey, CoRepostEvidence>): Row[] {
  return [...coReposts].map(([key, e]) => ({ cluster_id: `co-repost:${e.cluster}`, kind: 'co-repost', size: e.clusterSize, account_key: key, reason: e.reason }));
}

function clusterRows(links: readonly Row[], evidence: ReadonlyMap<AccountKey, readonly ClusterEvidence[]>): Row[] {
  const out: Row[] = [];
  for (const kind of [...new Set(links.map((l) => String(l.kind)))].sort()) {
    const index = new Map<string, number>();
    const id = (k: string): number => {
      let i = index.get(k);
      if (i === undefined) index.set(k, (i = index.size));
      return i;
    };
    const pairs = links.filter((l) => l.kind === kind).map((l) => [id(String(l.account_a)), id(String(l.account_b))] as const);
    const sets = new UnionFind(index.size);
    for (const [a, b] of pairs) sets.union(a, b);
    const groups = new Map<number, string[]>();
    for (const [k, i] of index) {
      const root = sets.find(i);
      const g = groups.get(root);
      if (g) g.push(k);
      else groups.set(root, [k]);
    }
    for (const members of groups.values()) {
      members.sort();
      const clusterId = `${kind}:${members[0]}`;
      for (const m of members) {
        const reason = evidence.get(m as AccountKey)?.find((c) => c.signal === kind)?.reason ?? null;
        out.push({ cluster_id: clusterId, kind, size: members.length, account_key: m, reason });
      }
    }
  }
  const order = (r: Row): string => `${String(r.cluster_id)}\u0000${String(r.account_key)}`;
  return out.sort((p, q) => (order(p) < order(q) ? -1 : order(p) > order(q) ? 1 : 0));
}
