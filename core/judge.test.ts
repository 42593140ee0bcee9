import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from './verdict';
import { signalResult, type AccountKey, type ClusterEvidence } from './evidence';
import { RISK_DEFAULTS } from './risk-defaults';
import { judge, judgeImage, type AccountEvidence, type Evidence, type JudgeSettings } from './judge';
import { POLICY } from './release-policy';
import { SWITCHES, type SwitchKey } from './signal-registry';
import { capText, reasonText, riskReasons } from './reason-text';
import { FLAGGED_P, okVerdict, REAL_P } from '../utils/testing/verdict';

const ON = Object.fromEntries(SWITCHES.map((s) => [s.key, true])) as Record<SwitchKey, boolean>;
const DEFAULT: JudgeSettings = { sensitivity: POLICY.flagProbability, signals: ON };
const off = (...keys: SwitchKey[]): JudgeSettings => ({ ...DEFAULT, signals: { ...ON, ...Object.fromEntries(keys.map((k) => [k, false])) } });

const gan = (p: number): ImageVerdict => okVerdict(p, { eyeDistance: 0.004 });
const FLAGGED = POLICY.riskPoints.flagged;
const cluster = (signal: ClusterEvidence['signal'], count: number): ClusterEvidence => ({
  signal, score: Math.min(1, count / 4), threshold: 0.5, fired: true, count, accounts: ['x:b' as AccountKey], truncated: false, day: '2021-03-01', shared: '', reason: `${signal} with ${count}`,
});
const profile = [
  signalResult('auto-handle', 1, 0.5, 'auto handle'),
  signalResult('name-mismatch', 1, 0.5, 'name mismatch'),
  signalResult('default-avatar', 1, 0.5, 'default avatar'),
];
const nothing: AccountEvidence = { clusters: [], profile: [], known: null, signals: [] };
const account = (over: Partial<AccountEvidence>, image: ImageVerdict | null = null): Evidence => ({ image, account: { ...nothing, ...over } });
const points = (ev: Evidence, s = DEFAULT) => judge(ev, s).contributions.map((c) => [c.signal, c.points]);

describe('judge: fusion of the account evidence', () => {
  it('gives nothing for nothing', () => {
    expect(judge(account({}), DEFAULT)).toMatchObject({ risk: 0, band: 'low', state: 'low', contributions: [], cap: null });
  });
  it('keeps every profile heuristic together in low', () => {
    const j = judge(account({ profile }), DEFAULT);
    expect(j.band).toBe('low');
    expect(j.risk).toBeLessThanOrEqual(RISK_DEFAULTS.profileOnlyCap);
  });
  it('never lets one strong family reach high, even with all profile signals', () => {
    for (const ev of [account({ profile }, gan(FLAGGED_P)), account({ clusters: [cluster('copied-text', 12)], profile }), account({ clusters: [cluster('reused-avatar', 9)], profile })]) {
      const j = judge(ev, DEFAULT);
      expect(j.band).toBe('medium');
      expect(j.risk).toBeLessThan(RISK_DEFAULTS.bands.high);
    }
  });
  it('reaches high with two independent strong families, listing points per reason', () => {
    const j = judge(account({ clusters: [cluster('copied-text', 7), cluster('copied-text', 2)] }, gan(FLAGGED_P)), DEFAULT);
    expect(j.band).toBe('high');
    expect(j.contributions.map((x) => [x.signal, x.points])).toEqual([['gan-face', FLAGGED], ['copied-text', 30]]);
    expect(j.families.sort()).toEqual(['image', 'text']);
    // A reader's sentence: which stages spoke and the score, not the model's version string.
    // One line: the stages' sentences with their figures, under the avatar's points.
    expect(riskReasons(j.contributions)[0]?.reason).toMatch(/^Profile photo: Eyes sit where StyleGAN puts them \(distance 0\.004, within [\d.]+\)\. The texture check finds traces of a GAN-made face \(\d+% on its scale/);
  });
  it('gives eyes that match without GAN traces a few points and a plain reason, never a flag', () => {
    const j = judge(account({}, gan(REAL_P)), DEFAULT);
    expect(j.contributions.map((x) => [x.signal, x.points])).toEqual([['gan-face', POLICY.riskPoints.eyesOnly]]);
    expect(riskReasons(j.contributions)[0]?.reason).toMatch(/^Profile photo: Eyes sit where StyleGAN puts them \(distance 0\.004.*common in aligned stock, passport and dataset photos.* The texture check found no GAN traces \(\d+% on its scale/);
    expect(j.band).toBe('low');
  });
  it("follows the user's threshold and switches: a stricter threshold or no texture check turns a flag into a hint", () => {
    const ev = account({}, gan(FLAGGED_P));
    expect(points(ev, { ...DEFAULT, sensitivity: 0.999 })).toEqual([['gan-face', POLICY.riskPoints.eyesOnly]]);
    expect(points(ev, off('ganClassifier'))).toEqual([['gan-face', POLICY.riskPoints.eyesOnly]]);
    expect(judge(ev, off('eyeGeometry')).risk).toBe(0);
  });
  it('counts one fact once: a default picture (URL and pixels), one picture on other accounts (same platform and another)', () => {
    const dflt = judge(account({ profile: [signalResult('default-avatar', 1, 0.5, 'Uses the default profile picture')], signals: [signalResult('non-photo-avatar', 1, 0.7, "looks like the platform's default picture")] }), DEFAULT);
    expect(dflt.contributions.map((c) => [c.signal, c.points])).toEqual([['non-photo-avatar', 5]]);
    const shared = judge(account({ clusters: [cluster('reused-avatar', 4), { ...cluster('reused-avatar', 4), signal: 'cross-platform' }] }), DEFAULT);
    expect(shared.contributions.map((c) => [c.signal, c.points])).toEqual([['reused-avatar', 30]]);
    // Different facts still add up: a default picture and an auto-made handle.
    const two = judge(account({ profile: [signalResult('default-avatar', 1, 0.5, 'd'), signalResult('auto-handle', 1, 0.5, 'a')] }), DEFAULT);
    expect(two.contributions.map((c) => c.signal)).toEqual(['auto-handle', 'default-avatar']);
  });
  it("ignores eyes that differ from StyleGAN's, and errors", () => {
    expect(judge(account({}, okVerdict(FLAGGED_P, { eyeDistance: POLICY.eyeMatchBelow + 0.05 })), DEFAULT).risk).toBe(0);
    expect(judge(account({}, { status: 'error', error: 'too large' }), DEFAULT).risk).toBe(0);
  });
  it('treats a known-list match as enough for high on its own, unless its switch is off', () => {
    const ev = account({ known: signalResult('known-account', 1, 1, 'Listed in io') });
    expect(judge(ev, DEFAULT).band).toBe('high');
    expect(judge(ev, off('knownList')).band).toBe('low');
  });
  it('keeps weak signals (non-photo avatar, cross-platform link, profile) together in low', () => {
    const j = judge(account({ profile, clusters: [{ ...cluster('reused-avatar', 1), signal: 'cross-platform', score: 1 }], signals: [signalResult('non-photo-avatar', 1, 0.7, 'drawing')] }), DEFAULT);
    // The default picture and the non-photo picture are one fact: it counts once (the stronger, non-photo-avatar).
    expect(j.contributions.map((x) => x.signal).sort()).toEqual(['auto-handle', 'cross-platform', 'name-mismatch', 'non-photo-avatar']);
    expect(j.risk).toBe(RISK_DEFAULTS.profileOnlyCap);
    expect(j.band).toBe('low');
    expect(j.families).toEqual([]);
    expect(j.cap && capText(j.cap)).toBe(`Capped at ${RISK_DEFAULTS.profileOnlyCap}: profile patterns and links alone are common among real people`);
  });
  it('counts repurposed and known-content as independent strong families, only when fired', () => {
    const repurposed = signalResult('repurposed', 1, 0.55, 'renamed');
    const known = signalResult('known-content', 0.75, 0.5, 'near-copy of row 1');
    const j = judge(account({ signals: [repurposed, known] }), DEFAULT);
    expect(j.contributions.map((x) => [x.signal, x.points])).toEqual([['repurposed', 35], ['known-content', 30]]);
    expect(j.band).toBe('high');
    expect(j.families.sort()).toEqual(['history', 'known']);
    expect(judge(account({ signals: [signalResult('repurposed', 0.45, 0.55, 'one change')] }), DEFAULT).contributions).toEqual([]);
    expect(judge(account({ signals: [repurposed] }), DEFAULT).band).toBe('medium');
  });
  it('leaves out what a switch has off: its points, its reason and its measured score', () => {
    const ev = account({ profile, clusters: [cluster('copied-text', 4), cluster('hashtag-burst', 4)], signals: [signalResult('repurposed', 1, 0.55, 'renamed')] });
    const j = judge(ev, off('copiedText', 'handlePattern', 'repurposed'));
    expect(j.contributions.map((c) => c.signal)).toEqual(['hashtag-burst']);
    expect(j.clusters.map((c) => c.signal)).toEqual(['hashtag-burst']);
    expect(j.signals).toEqual([]);
  });
});

describe('judge: the badge', () => {
  it('never lets the avatar alone make high, with or without account evidence', () => {
    expect(judge({ image: gan(FLAGGED_P), account: null }, DEFAULT)).toMatchObject({ band: 'medium', state: 'medium', risk: null });
    expect(judge(account({}, gan(FLAGGED_P)), DEFAULT)).toMatchObject({ band: 'medium', state: 'medium' });
  });
  it('says why an avatar has no band unless the account stands out on other evidence', () => {
    const err: ImageVerdict = { status: 'error', error: 'too large' };
    expect(judge({ image: err, account: null }, DEFAULT).state).toBe('error');
    expect(judge(account({}, err), DEFAULT)).toMatchObject({ band: 'low', state: 'error' });
    expect(judge(account({ clusters: [cluster('copied-text', 4), cluster('hashtag-burst', 4)] }, err), DEFAULT)).toMatchObject({ band: 'medium', state: 'medium' });
  });
  it('lists the risk, then each contribution (the avatar\'s quoting its stages at the user threshold), each piece of evidence once', () => {
    const j = judge(account({ clusters: [cluster('copied-text', 4)] }, gan(REAL_P)), { ...DEFAULT, sensitivity: REAL_P / 2 });
    expect(j.reasons.map((r) => r.id)).toEqual(['account-risk', 'contribution', 'contribution']);
    const avatar = j.reasons.find((r) => r.id === 'contribution' && r.signal === 'gan-face')!;
    expect(reasonText(avatar)).toMatch(/^Profile photo: Eyes sit where StyleGAN puts them .* The texture check finds traces of a GAN-made face/);
    // No eye or texture sentence stands on its own beside it.
    expect(j.reasons.map((r) => reasonText(r)).filter((t) => /Eyes sit where|texture check/.test(t))).toHaveLength(1);
    // Where the avatar adds no points (eyes differ), its stage reason is the one line about it.
    const differ = judge(account({}, okVerdict(FLAGGED_P, { eyeDistance: POLICY.eyeMatchBelow + 0.05 })), DEFAULT);
    expect(differ.reasons.map((r) => r.id)).toEqual(['account-risk', 'eyes-differ']);
    expect(reasonText(j.reasons[0]!)).toBe(`Account risk ${j.risk}/100 from all evidence`);
  });
  it('restates the stored stage reasons at the default exactly, and notes a non-square image', () => {
    const v = okVerdict(REAL_P, { width: 300, height: 400 });
    expect(judgeImage(v, DEFAULT).reasons.map((r) => reasonText(r))).toEqual(v.reasons);
    expect(v.reasons.at(-1)).toMatch(/not square \(300×400 px\)/);
  });
});
