/** A share with its 95% Wilson interval, as models/training/report.py writes it. */
export interface Rate { k: number; n: number; rate: number; ci95: [number, number] }

/** Wilson score interval (z = 1.96) of k successes in n. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/** The share of true values, with its interval. */
export function rate(flags: boolean[]): Rate {
  const k = flags.filter(Boolean).length;
  const n = flags.length;
  const [lo, hi] = wilson(k, n);
  return { k, n, rate: n ? k / n : NaN, ci95: [Math.round(lo * 1e4) / 1e4, Math.round(hi * 1e4) / 1e4] };
}
