/** Small statistics helpers for scripts/eval/eyes.ts. */

/** q-quantile (linear interpolation) of xs; NaN when empty. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
}

/** Median of xs. */
export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

/**
 * 1-D logistic regression P(y=1|x) = σ(a + b·x), classes weighted to equal mass, fitted by Newton steps.
 * Returned as the eyeScore parameters: d50 = −a/b (score 0.5) and softness = −1/b.
 */
export function fitLogistic(samples: Array<{ x: number; y: 0 | 1 }>): { d50: number; softness: number } {
  const pos = samples.filter((s) => s.y === 1).length;
  const neg = samples.length - pos;
  if (pos === 0 || neg === 0) return { d50: NaN, softness: NaN };
  let [a, b] = [0, 0];
  for (let iter = 0; iter < 50; iter++) {
    let [ga, gb, haa, hab, hbb] = [0, 0, 0, 0, 0];
    for (const { x, y } of samples) {
      const w = y === 1 ? 0.5 / pos : 0.5 / neg;
      const p = 1 / (1 + Math.exp(-(a + b * x)));
      ga += w * (y - p);
      gb += w * (y - p) * x;
      const h = w * p * (1 - p);
      haa += h;
      hab += h * x;
      hbb += h * x * x;
    }
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  return { d50: -a / b, softness: -1 / b };
}
