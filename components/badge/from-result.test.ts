import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../utils/settings';
import type { ImageVerdict, RiskView } from '../../utils/messages';
import { FLAGGED_P, okVerdict, REAL_P } from '../../utils/testing/verdict';
import { badgePropsFromResult } from './from-result';

const ok = (p: number): ImageVerdict => okVerdict(p, { reasons: ['eyes'] });
const risk = (band: RiskView['band'], r: number): RiskView => ({
  risk: r,
  band,
  cap: null,
  reasons: [{ signal: 'copied-text', points: 30, reason: 'Same text as 4 other accounts' }],
  clusters: [{ signal: 'copied-text', count: 4, accounts: [
    { key: 'x:a', profileUrl: 'https://x.com/a' },
    { key: 'youtube:UCabcdefghijklmnopqrstuv', profileUrl: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv' },
    { key: 'facebook:100012345', profileUrl: 'https://www.facebook.com/profile.php?id=100012345' },
    { key: 'x:unknown', profileUrl: null },
  ], reason: 'r' }],
});

describe('badgePropsFromResult', () => {
  it('shows the stronger of the avatar check and the account risk', () => {
    expect(badgePropsFromResult({ verdict: ok(REAL_P), risk: risk('medium', 45) }, null, defaultSettings()).state).toBe('medium');
    // A GAN-looking avatar alone is 'medium'; 'high' needs the account's fused risk.
    expect(badgePropsFromResult({ verdict: ok(FLAGGED_P), risk: risk('low', 10) }, null, defaultSettings()).state).toBe('medium');
    expect(badgePropsFromResult({ verdict: ok(FLAGGED_P), risk: risk('high', 75) }, null, defaultSettings()).state).toBe('high');
    expect(badgePropsFromResult({ verdict: { status: 'error', error: 'x' }, risk: risk('low', 0) }, null, defaultSettings()).state).toBe('error');
    expect(badgePropsFromResult({ verdict: { status: 'error', error: 'x' }, risk: risk('medium', 45) }, null, defaultSettings()).state).toBe('medium');
  });

  it('lists each contribution with its points and links to the cluster', () => {
    const p = badgePropsFromResult({ verdict: ok(REAL_P), risk: risk('medium', 45) }, null, defaultSettings());
    expect(p.reasons[0]?.text).toMatch(/Account risk 45\/100/);
    const copied = p.reasons.find((r) => r.points === 30);
    expect(copied?.links?.map((l) => l.href)).toEqual([
      'https://x.com/a',
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
      'https://www.facebook.com/profile.php?id=100012345',
    ]);
    expect(p.reasons.at(-1)?.text).toBe('eyes');
  });

  it('links only accounts whose profile URL the store knows, labelled by handle', () => {
    const p = badgePropsFromResult({ verdict: ok(REAL_P), risk: risk('medium', 45) }, null, defaultSettings());
    const links = p.reasons.find((r) => r.points === 30)?.links ?? [];
    expect(links.map((l) => l.label)).toEqual(['@a', '@UCabcdefghijklmnopqrstuv', '@100012345']);
  });
});
