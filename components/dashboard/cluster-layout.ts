import type { ExportAccount } from '../../utils/export/types';
import { parseAccountKey } from '../../signals/account-key';
import type { ClusterEvidence } from '../../core/evidence';
import type { Site } from '../../core/sighting';

export interface GraphNode {
  key: string;
  x: number;
  y: number;
  /** Label position, pushed outwards from the group's centre so neighbours' labels don't collide. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  band: ExportAccount['band'] | 'unknown';
  platform: Site;
}
export interface GraphEdge {
  a: string;
  b: string;
  signal: ClusterEvidence['signal'];
}
export interface ClusterGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

/** Links between accounts from each account's clusters, deduplicated (a–b once per signal). */
export function clusterEdges(accounts: readonly ExportAccount[]): GraphEdge[] {
  const seen = new Map<string, GraphEdge>();
  for (const acc of accounts)
    for (const c of acc.clusters)
      for (const other of c.accounts) {
        const [a, b] = acc.key < other ? [acc.key as string, other as string] : [other as string, acc.key as string];
        seen.set(`${a}|${b}|${c.signal}`, { a, b, signal: c.signal });
      }
  return [...seen.values()].sort((x, y) => `${x.a}${x.b}${x.signal}`.localeCompare(`${y.a}${y.b}${y.signal}`));
}

/** Connected components of the link graph, largest first, members sorted: deterministic. */
function components(keys: readonly string[], edges: readonly GraphEdge[]): string[][] {
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const e of edges) parent.set(find(e.a), find(e.b));
  const groups = new Map<string, string[]>();
  for (const k of keys) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * A deterministic picture of the clusters: each connected group on its own circle, circles in a grid.
 * No force simulation, so the same evidence always draws the same picture (screenshots can be compared).
 */
export function layoutClusters(accounts: readonly ExportAccount[], cell = 220): ClusterGraph {
  const edges = clusterEdges(accounts);
  const band = new Map(accounts.map((a) => [a.key as string, a.band]));
  const keys = [...new Set(edges.flatMap((e) => [e.a, e.b]))];
  const groups = components(keys, edges);
  const cols = Math.max(1, Math.ceil(Math.sqrt(groups.length)));
  const nodes: GraphNode[] = [];
  groups.forEach((g, i) => {
    const cx = (i % cols) * cell + cell / 2;
    const cy = Math.floor(i / cols) * cell + cell / 2;
    const r = g.length === 1 ? 0 : Math.min(cell / 2 - 40, 30 + g.length * 12);
    g.forEach((key, j) => {
      const t = (2 * Math.PI * j) / g.length - Math.PI / 2;
      const [dx, dy] = g.length === 1 ? [0, 1] : [Math.cos(t), Math.sin(t)];
      const anchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
      nodes.push({
        key, x: Math.round(cx + r * dx), y: Math.round(cy + r * dy), lx: Math.round(cx + (r + 12) * dx), ly: Math.round(cy + (r + 12) * dy + 4 + (anchor === 'middle' ? 6 * Math.sign(dy) : 0)),
        anchor, band: band.get(key) ?? 'unknown', platform: parseAccountKey(key)?.site ?? 'x',
      });
    });
  });
  return { nodes, edges, width: cols * cell, height: Math.max(1, Math.ceil(groups.length / cols)) * cell };
}
