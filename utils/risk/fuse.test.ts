import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from '../messages';
import { accountKey } from '../../signals/account-key';
import { signalResult, type ClusterEvidence } from '../../signals/types';
import { RISK_DEFAULTS } from './defaults';
import { fuseRisk, type AccountEvidence } from './fuse';
import { POLICY } from '../../analysis/verdict-policy';
import { FLAGGED_P, okVerdict, REAL_P } from '../testing/verdict';

const gan = (p: number): ImageVerdict => okVerdict(p, { eyeDistance: 0.004 });
const FLAGGED = POLICY.riskPoints.flagged;
const cluster = (signal: ClusterEvidence['signal'], count: number): ClusterEvidence => ({
  signal, score: Math.min(1, count / 4), threshold: 0.5, fired: true, count, accounts: [accountKey('x', 'b')], truncated: false, day: '2021-03-01', shared: '', reason: `${signal} with ${count}`,
});
const profile = [
  signalResult('auto-handle', 1, 0.5, 'auto handle'),
  signalResult('name-mismatch', 1, 0.5, 'name mismatch'),
  signalResult('default-avatar', 1, 0.5, 'default avatar'),
];
const none: AccountEvidence = { image: null, clusters: [], profile: [], known: null };

describe('fuseRisk', () => {
  it('gives nothing for nothing', () => {
    expect(fuseRisk(none)).toMatchObject({ risk: 0, band: 'low', reasons: [], cap: null });
  });
  it('keeps every profile heuristic together in low', () => {
    const r = fuseRisk({ ...none, profile });
    expect(r.band).toBe('low');
    expect(r.risk).toBeLessThanOrEqual(RISK_DEFAULTS.profileOnlyCap);
  });
  it('never lets one strong family reach high, even with all profile signals', () => {
    for (const ev of [
      { ...none, image: gan(FLAGGED_P), profile },
      { ...none, clusters: [cluster('copied-text', 12)], profile },
      { ...none, clusters: [cluster('reused-avatar', 9)], profile },
    ]) {
      const r = fuseRisk(ev);
      expect(r.band).toBe('medium');
      expect(r.risk).toBeLessThan(RISK_DEFAULTS.bands.high);
    }
  });
  it('reaches high with two independent strong families, listing points per reason', () => {
    const r = fuseRisk({ ...none, image: gan(FLAGGED_P), clusters: [cluster('copied-text', 7), cluster('copied-text', 2)] });
    expect(r.band).toBe('high');
    expect(r.reasons.map((x) => [x.signal, x.points])).toEqual([['gan-face', FLAGGED], ['copied-text', 30]]);
    expect(r.families.sort()).toEqual(['image', 'text']);
    // A reader's sentence: which stages spoke and the score, not the model's version string.
    expect(r.reasons[0]?.reason).toMatch(/^Profile photo: the eyes sit where StyleGAN puts them and the texture check finds GAN traces \(\d+% on its scale\)$/);
  });
  it('gives eyes that match without GAN traces a few points and a plain reason, never a flag', () => {
    const r = fuseRisk({ ...none, image: gan(REAL_P) });
    expect(r.reasons.map((x) => [x.signal, x.points])).toEqual([['gan-face', POLICY.riskPoints.eyesOnly]]);
    expect(r.reasons[0]?.reason).toMatch(/common in aligned stock and dataset photos; the texture check found no GAN traces/);
    expect(r.band).toBe('low');
  });
  it('follows the user\'s threshold and switches: a stricter threshold or no texture check turns a flag into a hint', () => {
    const image = gan(FLAGGED_P);
    const strict = fuseRisk({ ...none, image, imagePolicy: { threshold: 0.999, signals: { eyeGeometry: true, ganClassifier: true } } });
    const noTexture = fuseRisk({ ...none, image, imagePolicy: { threshold: POLICY.flagProbability, signals: { eyeGeometry: true, ganClassifier: false } } });
    const noEyes = fuseRisk({ ...none, image, imagePolicy: { threshold: POLICY.flagProbability, signals: { eyeGeometry: false, ganClassifier: true } } });
    expect(strict.reasons[0]?.points).toBe(POLICY.riskPoints.eyesOnly);
    expect(noTexture.reasons[0]?.points).toBe(POLICY.riskPoints.eyesOnly);
    expect(noEyes.risk).toBe(0);
  });
  it('ignores eyes that differ from StyleGAN\'s, and errors', () => {
    expect(fuseRisk({ ...none, image: okVerdict(FLAGGED_P, { eyeDistance: POLICY.eyeMatchBelow + 0.05 }) }).risk).toBe(0);
    expect(fuseRisk({ ...none, image: { status: 'error', error: 'too large' } }).risk).toBe(0);
  });
  it('treats a known-list match as enough for high on its own', () => {
    expect(fuseRisk({ ...none, known: signalResult('known-account', 1, 1, 'Listed in io') }).band).toBe('high');
  });
  it('keeps weak signals (non-photo avatar, cross-platform link, profile) together in low', () => {
    const r = fuseRisk({ ...none, profile, clusters: [{ ...cluster('reused-avatar', 1), signal: 'cross-platform', score: 1 }], account: [signalResult('non-photo-avatar', 1, 0.7, 'drawing')] });
    expect(r.reasons.map((x) => x.signal).sort()).toEqual(['auto-handle', 'cross-platform', 'default-avatar', 'name-mismatch', 'non-photo-avatar']);
    expect(r.risk).toBe(RISK_DEFAULTS.profileOnlyCap);
    expect(r.band).toBe('low');
    expect(r.families).toEqual([]);
  });
  it('counts repurposed and known-content as independent strong families, only when fired', () => {
    const repurposed = signalResult('repurposed', 1, 0.55, 'renamed');
    const known = signalResult('known-content', 0.75, 0.5, 'near-copy of row 1');
    const r = fuseRisk({ ...none, account: [repurposed, known] });
    expect(r.reasons.map((x) => [x.signal, x.points])).toEqual([['repurposed', 35], ['known-content', 30]]);
    expect(r.band).toBe('high');
    expect(r.families.sort()).toEqual(['history', 'known']);
    expect(fuseRisk({ ...none, account: [signalResult('repurposed', 0.45, 0.55, 'one change')] }).reasons).toEqual([]);
    expect(fuseRisk({ ...none, account: [repurposed] }).band).toBe('medium');
  });
});
