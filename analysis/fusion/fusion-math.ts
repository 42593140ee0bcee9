/** Small, dependency-free statistics for fitting and judging the image-evidence fusion. */

export interface Sample {
  x: number[];
  y: 0 | 1;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Class-balanced L2 logistic regression by gradient descent; returns [bias, ...weights]. */
export function fitLogisticRegression(samples: Sample[], l2 = 1e-3, steps = 4_000, lr = 0.5): number[] {
  const dim = samples[0]?.x.length ?? 0;
  const w = new Array<number>(dim + 1).fill(0);
  const pos = samples.filter((s) => s.y === 1).length;
  const neg = samples.length - pos;
  // Balanced: each class weighs half, so the prior of the sample does not leak into the weights.
  const cw = { 1: pos ? 0.5 / pos : 0, 0: neg ? 0.5 / neg : 0 };
  for (let t = 0; t < steps; t++) {
    const g = new Array<number>(dim + 1).fill(0);
    for (const s of samples) {
      const err = (sigmoid(w[0]! + s.x.reduce((a, v, i) => a + v * w[i + 1]!, 0)) - s.y) * cw[s.y];
      g[0]! += err;
      s.x.forEach((v, i) => (g[i + 1]! += err * v));
    }
    for (let i = 0; i <= dim; i++) w[i] = w[i]! - lr * (g[i]! + (i > 0 ? l2 * w[i]! : 0));
  }
  return w;
}

/** Apply fitted weights. */
export function predictLogit(w: readonly number[], x: readonly number[]): number {
  return x.reduce((a, v, i) => a + v * (w[i + 1] ?? 0), w[0] ?? 0);
}

/** ROC-AUC by the rank statistic (ties count half). */
export function rocAuc(scores: number[], labels: (0 | 1)[]): number {
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  if (!pos.length || !neg.length) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** TPR at the threshold that keeps FPR ≤ maxFpr on these negatives (threshold = the score cut). */
export function tprAtFpr(scores: number[], labels: (0 | 1)[], maxFpr: number): { tpr: number; threshold: number } {
  const neg = scores.filter((_, i) => labels[i] === 0).sort((a, b) => b - a);
  const allowed = Math.floor(maxFpr * neg.length);
  // Strictly above the (allowed+1)-th highest negative.
  const threshold = neg[allowed] ?? -Infinity;
  const pos = scores.filter((_, i) => labels[i] === 1);
  return { tpr: pos.filter((s) => s > threshold).length / (pos.length || 1), threshold };
}
