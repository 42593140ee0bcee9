import { describe, expect, it } from 'vitest';
import type { AccountEvidenceView } from '../../utils/messages';
import { OTHER_PLATFORM_REASON, sameSiteView } from './same-site-view';

const view = (accounts: string[], reason: string): AccountEvidenceView => ({
  clusters: [{ signal: 'cross-platform', score: 1, threshold: 0.5, fired: true, reason, count: accounts.length, accounts: accounts.map((key) => ({ key, profileUrl: null })) }],
  profile: [],
  known: null,
  signals: [],
});

// Issue 37, finding 2: an x.com page read "Same picture as youtube.com/@…, seen 2026-12-07" from a panel.
describe('sameSiteView', () => {
  it('keeps another platform\'s accounts, and the reason naming them, out of the page', () => {
    const out = sameSiteView(view(['x:a', 'youtube:victimchannel'], 'Same picture as youtube.com/@victimchannel, seen 2026-12-07'), 'x');
    expect(out.clusters[0]?.accounts.map((a) => a.key)).toEqual(['x:a']);
    expect(out.clusters[0]?.reason).toBe(OTHER_PLATFORM_REASON);
    expect(JSON.stringify(out)).not.toMatch(/victimchannel|2026-12-07/);
    // The verdict's inputs stay: the cluster still fired with its score and count.
    expect(out.clusters[0]).toMatchObject({ fired: true, score: 1, count: 2 });
  });

  it('leaves a cluster of the page\'s own site as it is', () => {
    const v = view(['x:a', 'x:b'], 'Posted the same text as x.com/b');
    expect(sameSiteView(v, 'x')).toEqual(v);
  });
});
