import { describe, expect, it } from 'vitest';
import { FFHQ_EYES, ganEyeDistance } from './eye-geometry';

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
