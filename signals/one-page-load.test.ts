import { describe, expect, it } from 'vitest';
import type { AccountKey, ClusterEvidence } from '../core/evidence';
import { fuseRisk } from '../core/fuse';
import { markOnePageLoad, ONE_PAGE_LOAD_NOTE } from './one-page-load';

const k = (h: string) => `x:${h}` as AccountKey;
const cluster: ClusterEvidence = {
  signal: 'copied-text', score: 1, threshold: 0.5, fired: true, reason: 'Posted the same text as 3 other accounts',
  count: 3, accounts: [k('b'), k('c'), k('d')], truncated: false, day: '2026-12-07', shared: 'text',
};
const posts = (loads: Array<string | undefined>) => ['a', 'b', 'c', 'd'].map((h, i) => ({ accountKey: k(h), load: loads[i] }));

// Issue 37, finding 3: four posts a page injected were clustered, scored 65 and exported as an indicator.
describe('markOnePageLoad', () => {
  it('marks a cluster whose every account was seen in the same page load only', () => {
    const [c] = markOnePageLoad([cluster], posts(['L1', 'L1', 'L1', 'L1']), k('a'));
    expect(c).toMatchObject({ onePageLoad: true });
    expect(c?.reason).toContain(ONE_PAGE_LOAD_NOTE);
  });

  it('leaves a cluster seen across page loads, or with unknown loads, or not fully covered', () => {
    expect(markOnePageLoad([cluster], posts(['L1', 'L2', 'L1', 'L1']), k('a'))[0]).toBe(cluster);
    expect(markOnePageLoad([cluster], posts(['L1', 'L1', undefined, 'L1']), k('a'))[0]).toBe(cluster);
    expect(markOnePageLoad([cluster], posts(['L1', 'L1', 'L1', 'L1']).slice(0, 3), k('a'))[0]).toBe(cluster);
  });
});

describe('fusion of one-page-load clusters (docs/risk-defaults.md, "Planted evidence")', () => {
  const fired = (signal: ClusterEvidence['signal'], onePageLoad: boolean) => ({ ...cluster, signal, onePageLoad });
  const input = (planted: boolean) => ({
    avatar: null, profile: [], known: null, account: [],
    clusters: [fired('copied-text', planted), fired('hashtag-burst', planted), fired('reused-avatar', planted)],
  });
  it('never reaches red on planted clusters alone: their points count, their families do not', () => {
    const real = fuseRisk(input(false));
    const planted = fuseRisk(input(true));
    expect(real.band).toBe('high');
    expect(planted.band).toBe('medium');
    expect(planted.families).toEqual([]);
    expect(planted.cap).toMatchObject({ id: 'needs-families' });
  });

  it('a cluster seen again on another load counts as before', () => {
    const mixed = { ...input(true), clusters: [...input(true).clusters, fired('copied-text', false), fired('hashtag-burst', false)] };
    expect(fuseRisk(mixed).families.sort()).toEqual(['hashtags', 'text']);
  });
});
