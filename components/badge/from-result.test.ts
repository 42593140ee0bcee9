import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../utils/settings';
import type { ImageVerdict } from '../../core/verdict';
import type { AccountEvidenceView, ClusterView } from '../../utils/messages';
import { FLAGGED_P, okVerdict, REAL_P } from '../../utils/testing/verdict';
import { badgePropsFromResult } from './from-result';

const LINKED = [
  { key: 'x:a', profileUrl: 'https://x.com/a' },
  { key: 'youtube:UCabcdefghijklmnopqrstuv', profileUrl: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv' },
  { key: 'facebook:100012345', profileUrl: 'https://www.facebook.com/profile.php?id=100012345' },
  { key: 'x:unknown', profileUrl: null },
];
const cluster = (signal: ClusterView['signal'], reason: string): ClusterView => ({ signal, score: 1, threshold: 0.5, fired: true, reason, count: 4, accounts: LINKED });
const none: AccountEvidenceView = { clusters: [], profile: [], known: null, signals: [] };
/** Copied text (30) and a hashtag burst (15): 45 points, medium. */
const ring: AccountEvidenceView = { ...none, clusters: [cluster('copied-text', 'Same text as 4 other accounts'), cluster('hashtag-burst', 'Same hashtags as 4 others')] };
const copied: AccountEvidenceView = { ...none, clusters: [cluster('copied-text', 'Same text as 4 other accounts')] };
const error: ImageVerdict = { status: 'error', error: 'x' };
const state = (verdict: ImageVerdict, account: AccountEvidenceView | null, s = defaultSettings()) => badgePropsFromResult({ verdict, account }, null, s).state;

describe('badgePropsFromResult', () => {
  it('shows the stronger of the avatar check and the account risk', () => {
    expect(state(okVerdict(REAL_P), ring)).toBe('medium');
    // A GAN-looking avatar alone is 'medium'; 'high' needs independent evidence.
    expect(state(okVerdict(FLAGGED_P), none)).toBe('medium');
    expect(state(okVerdict(FLAGGED_P), null)).toBe('medium');
    expect(state(okVerdict(FLAGGED_P), copied)).toBe('high');
    expect(state(error, none)).toBe('error');
    expect(state(error, ring)).toBe('medium');
  });

  it('lists the account risk, then each contribution with its points and links, the avatar\'s stages in its own line', () => {
    const p = badgePropsFromResult({ verdict: okVerdict(REAL_P), account: ring }, null, defaultSettings());
    expect(p.reasons[0]?.text).toMatch(/^Account risk \d+\/100 from all evidence$/);
    const text = p.reasons.find((r) => r.points === 30);
    expect(text?.links?.map((l) => l.href)).toEqual([
      'https://x.com/a',
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
      'https://www.facebook.com/profile.php?id=100012345',
    ]);
    // Labelled by handle, or as the channel or profile an id names; only accounts whose profile URL the store knows.
    expect(text?.links?.map((l) => l.label)).toEqual(['@a', 'channel UCabcdefghijklmnopqrstuv', 'profile 100012345']);
    // The avatar's evidence once, with its points: the stages' figures in its line, none standing alone.
    const avatar = p.reasons.filter((r) => /StyleGAN|texture check/.test(r.text));
    expect(avatar).toHaveLength(1);
    expect(avatar[0]?.text).toMatch(/^Profile photo: Eyes sit where StyleGAN puts them .* The texture check found no GAN traces/);
    expect(avatar[0]?.points).toBeGreaterThan(0);
  });

  it('judges again at new settings: a lower threshold flags, a switch turned off takes its points and reason away', () => {
    const s = defaultSettings();
    const before = badgePropsFromResult({ verdict: okVerdict(REAL_P), account: ring }, null, s);
    const after = badgePropsFromResult({ verdict: okVerdict(REAL_P), account: ring }, null, { ...s, sensitivity: REAL_P / 2, signals: { ...s.signals, copiedText: false } });
    expect(before.reasons.some((r) => r.text === 'Same text as 4 other accounts')).toBe(true);
    expect(after.reasons.some((r) => r.text === 'Same text as 4 other accounts')).toBe(false);
    // The avatar now flags (40) beside the hashtag burst (15): 55, still medium, and the risk line says so.
    expect(after.reasons[0]?.text).toBe('Account risk 55/100 from all evidence');
    expect(after.reasons.find((r) => r.points === 40)?.text).toMatch(/^Profile photo: .*The texture check finds traces of a GAN-made face/);
  });
});
