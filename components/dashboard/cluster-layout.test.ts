import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../../utils/export/testing/sample-data';
import type { AccountKey, ClusterEvidence } from '../../core/evidence';
import { clusterEdges, layoutClusters } from './cluster-layout';

const cluster = (signal: ClusterEvidence['signal'], accounts: string[]): ClusterEvidence => ({
  signal, score: 1, threshold: 0.5, fired: true, reason: '', count: accounts.length, accounts: accounts as AccountKey[], truncated: false, day: null, shared: '',
});

describe('layoutClusters', () => {
  const accs = [
    sampleAccount('a', { clusters: [cluster('copied-text', ['x:b', 'x:c']), cluster('reused-avatar', ['x:b'])] }),
    sampleAccount('b', { clusters: [cluster('copied-text', ['x:a', 'x:c'])] }),
    sampleAccount('d', { clusters: [cluster('hashtag-burst', ['x:e'])] }),
  ];

  it('deduplicates links per signal', () => {
    expect(clusterEdges(accs).map((e) => `${e.a}-${e.b}:${e.signal}`)).toEqual([
      'x:a-x:b:copied-text', 'x:a-x:b:reused-avatar', 'x:a-x:c:copied-text', 'x:b-x:c:copied-text', 'x:d-x:e:hashtag-burst',
    ]);
  });

  it('puts each connected group on its own circle, deterministically', () => {
    const g = layoutClusters(accs);
    expect(g.nodes.map((n) => n.key)).toEqual(['x:a', 'x:b', 'x:c', 'x:d', 'x:e']);
    expect(layoutClusters([...accs].reverse())).toEqual(g);
    const [a, b, c, d] = g.nodes;
    expect(a && d && Math.abs(a.x - d.x) + Math.abs(a.y - d.y)).toBeGreaterThan(150); // different cells
    expect(new Set([a, b, c].map((n) => `${n?.x},${n?.y}`)).size).toBe(3);
    expect(g.nodes.find((n) => n.key === 'x:e')?.band).toBe('unknown');
  });

  it('draws nothing without clusters', () => {
    expect(layoutClusters([sampleAccount('z', { clusters: [] })]).nodes).toEqual([]);
  });
});
