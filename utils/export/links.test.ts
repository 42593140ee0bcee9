import { describe, expect, it } from 'vitest';
import { scoreColumn, SIGNAL_COLUMNS, LINK_COLUMNS, ACCOUNT_COLUMNS } from './columns';
import { exportLinks, linksCsv } from './links';
import { sampleAccount } from './testing/sample-data';
import type { AccountKey, ClusterEvidence } from '../../core/evidence';

const T1 = Date.UTC(2019, 4, 1);
const T2 = Date.UTC(2024, 5, 10);

describe('links.csv and the score columns', () => {
  it('names each new signal\'s column as other tools read it', () => {
    expect(['repurposed', 'non-photo-avatar', 'cross-platform', 'known-content'].map((s) => scoreColumn(s as never))).toEqual(['score_repurposed', 'score_non_photo_avatar', 'score_cross_platform', 'score_known_content']);
    const names = ACCOUNT_COLUMNS.map(([n]) => n);
    for (const s of SIGNAL_COLUMNS) expect(names).toContain(scoreColumn(s));
    expect(LINK_COLUMNS.map(([n]) => n)).toEqual(['account_a', 'account_b', 'kind', 'evidence']);
  });

  it('lists each pair once per kind, smaller key first, with renames as same-account-id', () => {
    const cross: ClusterEvidence = { signal: 'cross-platform', score: 1, threshold: 1, fired: true, count: 1, accounts: ['youtube:chan' as AccountKey], truncated: false, day: null, shared: 'ffff0000ffff0000', reason: 'Same picture as youtube.com/@chan, seen 2024-06-12' };
    const a = sampleAccount('zed', {
      clusters: [cross], accountId: '42',
      history: [{ field: 'handle', value: 'zed', firstSeen: T1, lastSeen: T1 }, { field: 'handle', value: 'zed_new', firstSeen: T2, lastSeen: T2 }],
    });
    const b = sampleAccount('other', { clusters: [{ ...a.clusters[0]!, signal: 'copied-text', accounts: ['x:zed' as AccountKey] }] });
    const links = exportLinks([a, b]);
    expect(links.map((l) => [l.a, l.b, l.kind])).toEqual([
      ['x:other', 'x:zed', 'copied-text'],
      ['x:zed', 'x:zed_new', 'same-account-id'],
      ['x:zed', 'youtube:chan', 'cross-platform'],
    ]);
    expect(links[1]?.evidence).toBe('x id 42 seen as @zed (2019-05-01), @zed_new (2024-06-10)');
    expect(links[2]?.evidence).toBe('Same picture as youtube.com/@chan, seen 2024-06-12 (picture ffff0000ffff0000)');
    const csv = linksCsv(links);
    expect(csv.split('\r\n')[0]).toBe('\ufeffaccount_a,account_b,kind,evidence');
  });
});
