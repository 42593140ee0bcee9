/** A small MLP (one ReLU layer, softmax), fitted with Adam on standardised features, class-balanced. */

export interface FitOptions {
  hidden: number;
  classes: number;
  epochs: number;
  seed: number;
  lr?: number;
  l2?: number;
}

export interface Fitted {
  mean: number[];
  std: number[];
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Full-batch Adam on class-weighted cross-entropy; deterministic for a seed. */
export function fitMlp(x: number[][], y: number[], o: FitOptions): Fitted {
  const d = x[0]!.length;
  const n = x.length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j]!, 0) / n);
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const z = x.map((r) => r.map((v, j) => (v - mean[j]!) / std[j]!));
  const counts = Array.from({ length: o.classes }, (_, k) => y.filter((v) => v === k).length);
  const cw = counts.map((c) => (c ? n / (o.classes * c) : 0));
  const rand = rng(o.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const P = { w1: Array.from({ length: o.hidden }, () => Array.from({ length: d }, () => gauss() * Math.sqrt(2 / d))), b1: new Array<number>(o.hidden).fill(0),
    w2: Array.from({ length: o.classes }, () => Array.from({ length: o.hidden }, () => gauss() * Math.sqrt(1 / o.hidden))), b2: new Array<number>(o.classes).fill(0) };
  const flat = (p: typeof P) => [...p.w1.flat(), ...p.b1, ...p.w2.flat(), ...p.b2];
  const m = new Float64Array(flat(P).length);
  const v = new Float64Array(m.length);
  const lr = o.lr ?? 0.01, l2 = o.l2 ?? 1e-4, b1 = 0.9, b2 = 0.999;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const g = { w1: P.w1.map((r) => r.map(() => 0)), b1: P.b1.map(() => 0), w2: P.w2.map((r) => r.map(() => 0)), b2: P.b2.map(() => 0) };
    for (let i = 0; i < n; i++) {
      const h = P.w1.map((row, j) => Math.max(0, row.reduce((s, w, k) => s + w * z[i]![k]!, P.b1[j]!)));
      const logits = P.w2.map((row, k) => row.reduce((s, w, j) => s + w * h[j]!, P.b2[k]!));
      const top = Math.max(...logits);
      const e = logits.map((l) => Math.exp(l - top));
      const sum = e.reduce((s, q) => s + q, 0);
      const w = cw[y[i]!]! / n;
      const dl = e.map((q, k) => (q / sum - (k === y[i] ? 1 : 0)) * w);
      const dh = h.map((hv, j) => (hv > 0 ? dl.reduce((s, q, k) => s + q * P.w2[k]![j]!, 0) : 0));
      dl.forEach((q, k) => { g.b2[k]! += q; h.forEach((hv, j) => { g.w2[k]![j]! += q * hv; }); });
      dh.forEach((q, j) => { if (q === 0) return; g.b1[j]! += q; z[i]!.forEach((zv, k) => { g.w1[j]![k]! += q * zv; }); });
    }
    const params = flat(P);
    const grads = flat(g).map((gv, i) => gv + l2 * params[i]!);
    const next = params.map((p, i) => {
      m[i] = b1 * m[i]! + (1 - b1) * grads[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * grads[i]! ** 2;
      return p - (lr * (m[i]! / (1 - b1 ** epoch))) / (Math.sqrt(v[i]! / (1 - b2 ** epoch)) + 1e-8);
    });
    let at = 0;
    const take = (len: number) => next.slice(at, (at += len));
    P.w1 = P.w1.map(() => take(d));
    P.b1 = take(o.hidden);
    P.w2 = P.w2.map(() => take(o.hidden));
    P.b2 = take(o.classes);
  }
  return { mean, std, ...P };
}
