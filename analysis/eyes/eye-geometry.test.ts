import { describe, expect, it } from 'vitest';
import { eyeReason, eyeScore, FFHQ_EYES, ganEyeDistance } from './eye-geometry';

const params = { threshold: 0.025, softness: 0.009 };

describe('ganEyeDistance', () => {
  it('is 0 at the reference points', () => {
    expect(ganEyeDistance(FFHQ_EYES)).toBe(0);
  });
  it('is (|dL|₁ + |dR|₁) / (2√2)', () => {
    const eyes = { left: { x: 0.3808 + 0.01, y: 0.4771 - 0.02 }, right: { x: 0.6152, y: 0.4771 + 0.03 } };
    expect(ganEyeDistance(eyes)).toBeCloseTo(0.06 / (2 * Math.SQRT2), 12);
  });
  it('treats a shift of both eyes by d along x as distance d/√2', () => {
    const shift = (p: { x: number; y: number }) => ({ x: p.x + 0.05, y: p.y });
    expect(ganEyeDistance({ left: shift(FFHQ_EYES.left), right: shift(FFHQ_EYES.right) })).toBeCloseTo(0.05 / Math.SQRT2, 12);
  });
});

describe('eyeScore', () => {
  it('is 0.5 at the threshold and decreases monotonically', () => {
    expect(eyeScore(0.025, params)).toBeCloseTo(0.5, 12);
    const ds = [0, 0.005, 0.01, 0.02, 0.025, 0.03, 0.05, 0.1, 0.5];
    const scores = ds.map((d) => eyeScore(d, params));
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThan(scores[i - 1]!);
    expect(scores[0]!).toBeGreaterThan(0.9);
    expect(scores.at(-1)!).toBeLessThan(1e-6);
  });
  it('is 0 for a non-finite distance', () => {
    expect(eyeScore(Number.NaN, params)).toBe(0);
  });
});

describe('eyeReason', () => {
  it('words the three ranges and mentions non-square images', () => {
    expect(eyeReason(0.012, 0.025, 400, 400)).toMatch(/^Eyes sit where StyleGAN puts them \(distance 0\.012 of the width; GAN faces are usually < 0\.025\)/);
    expect(eyeReason(0.03, 0.025, 400, 400)).toMatch(/^Eyes are near, but not at/);
    expect(eyeReason(0.2, 0.025, 400, 400)).toMatch(/^Eyes are not where/);
    expect(eyeReason(0.2, 0.025, 300, 400)).toContain('not square (300×400 px)');
  });
});
