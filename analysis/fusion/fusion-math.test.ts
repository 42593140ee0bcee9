import { describe, expect, it } from 'vitest';
import { fitLogisticRegression, predictLogit, rocAuc, tprAtFpr } from './fusion-math';

describe('fusion maths', () => {
  it('AUC: perfect, random-ish and inverted rankings', () => {
    expect(rocAuc([0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.9, 0.8], [1, 1, 0, 0])).toBe(0);
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5);
  });
  it('TPR at a fixed FPR keeps the FPR bound on the negatives', () => {
    const neg = Array.from({ length: 200 }, (_, i) => i / 200);
    const pos = [0.999, 0.995, 0.5, 0.1];
    const r = tprAtFpr([...neg, ...pos], [...neg.map(() => 0 as const), ...pos.map(() => 1 as const)], 0.01);
    expect(neg.filter((n) => n > r.threshold).length / neg.length).toBeLessThanOrEqual(0.01);
    expect(r.tpr).toBe(0.5);
  });
  it('logistic regression learns the informative feature and ignores noise', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const samples = Array.from({ length: 400 }, (_, i) => {
      const y = (i % 2) as 0 | 1;
      return { x: [(y ? 2 : -2) + (rnd() - 0.5) * 2, rnd() - 0.5], y };
    });
    const w = fitLogisticRegression(samples);
    expect(w[1]!).toBeGreaterThan(1);
    expect(Math.abs(w[2]!)).toBeLessThan(0.5);
    expect(predictLogit(w, [2, 0])).toBeGreaterThan(0);
  });
});
