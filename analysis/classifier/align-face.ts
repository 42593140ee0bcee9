/**
 * The forensic classifier's input: the face warped into the FFHQ frame by the similarity transform its eyes
 * give, so a StyleGAN avatar reaches the classifier pixel-aligned, exactly as the generator framed it.
 * Mirrors models/training/align.py step for step (parity-tested):
 *   1. alpha composited over white; the output covers a window of the FFHQ frame (the model's config);
 *   2. output pixel (i, j) has its centre at q = (j + 0.5, i + 0.5); with a = (R − L) / (R0 − L0) in complex
 *      numbers, it reads the source at p = M + a (q − M0) (M, M0: eye midpoints; source pixel k centred at k + 0.5);
 *   3. a separable tent filter of radius r = max(|a|, 1) source pixels along the source axes, mirrored at the
 *      image's edges, weights normalised by their sum (antialiased when shrinking, bilinear when enlarging);
 *   4. (v / 255 − mean) / std, channels first.
 */
import type { RgbaImage } from '../image/types';
import { FFHQ_EYES } from '../eyes/eye-geometry';
import type { Point } from '../../core/verdict';

/** What the warp needs from the model's config. */
export interface AlignSpec {
  size: number;
  /** The square of the FFHQ frame the output covers: left, top and side, in fractions of that frame. */
  window: readonly [number, number, number];
  mean: readonly [number, number, number];
  std: readonly [number, number, number];
}

/** The similarity transform output → source: p = m + a·(q − m0), complex numbers as [re, im]. */
export interface Similarity {
  a: [number, number];
  m: [number, number];
  m0: [number, number];
  /** |a|: source pixels per output pixel. */
  scale: number;
}

/**
 * Transform that puts `eyes` (source pixels, viewer's left/right) on the FFHQ eye spots of a size×size output
 * covering `window` of the FFHQ frame.
 */
export function similarityFor(eyes: { left: Point; right: Point }, size: number, window: AlignSpec['window'] = [0, 0, 1]): Similarity {
  const [x0, y0, side] = window;
  const l0 = [((FFHQ_EYES.left.x - x0) / side) * size, ((FFHQ_EYES.left.y - y0) / side) * size] as const;
  const r0 = [((FFHQ_EYES.right.x - x0) / side) * size, ((FFHQ_EYES.right.y - y0) / side) * size] as const;
  const [dx, dy] = [eyes.right.x - eyes.left.x, eyes.right.y - eyes.left.y];
  const [tx, ty] = [r0[0] - l0[0], r0[1] - l0[1]];
  if (Math.hypot(dx, dy) < 1e-6) throw new Error('[sockscope:align] eyes coincide');
  const den = tx * tx + ty * ty;
  const a: [number, number] = [(dx * tx + dy * ty) / den, (dy * tx - dx * ty) / den];
  return {
    a,
    m: [(eyes.left.x + eyes.right.x) / 2, (eyes.left.y + eyes.right.y) / 2],
    m0: [(l0[0] + r0[0]) / 2, (l0[1] + r0[1]) / 2],
    scale: Math.hypot(a[0], a[1]),
  };
}

/** Reflects a tap index into 0..n−1 (−1 → 0, n → n−1), repeating for taps far outside. */
function mirror(k: number, n: number): number {
  // Nearly every tap is inside the image: two compares instead of two remainders.
  if (k >= 0 && k < n) return k;
  const period = 2 * n;
  const m = ((k % period) + period) % period;
  return m < n ? m : period - 1 - m;
}

/**
 * Pixels + eyes (fractions of width and height) → (1, 3, size, size) normalised Float32Array in `out`
 * (allocated when absent). The tent taps along each axis are computed once per output pixel.
 */
export function alignFace(img: RgbaImage, eyes: { left: Point; right: Point }, spec: AlignSpec, out?: Float32Array): Float32Array {
  const { width: w, height: h, data } = img;
  const size = spec.size;
  const plane = size * size;
  const dst = out && out.length >= 3 * plane ? out : new Float32Array(3 * plane);
  const t = similarityFor(
    { left: { x: eyes.left.x * w, y: eyes.left.y * h }, right: { x: eyes.right.x * w, y: eyes.right.y * h } },
    size,
    spec.window,
  );
  const r = Math.max(t.scale, 1);
  // Taps k with |k + 0.5 − p| < r lie in [base − ⌈r⌉ + 1, base + ⌈r⌉], base = ⌊p − 0.5⌋.
  const span = Math.max(1, Math.ceil(r));
  const taps = 2 * span;
  const kx = new Int32Array(taps);
  const wx = new Float64Array(taps);
  const ky = new Int32Array(taps);
  const wy = new Float64Array(taps);
  const [ar, ai] = t.a;
  const k255 = 1 / 255;
  // An opaque pixel's composite over white is its own value exactly (alpha 255 · (1/255) is 1.0 in float64),
  // so for an opaque image (every JPEG) the per-tap compositing is skipped and the sums stay bit for bit the same.
  const opaque = isOpaque(data);
  for (let i = 0; i < size; i++) {
    const qy = i + 0.5 - t.m0[1];
    for (let j = 0; j < size; j++) {
      const qx = j + 0.5 - t.m0[0];
      const px = t.m[0] + ar * qx - ai * qy;
      const py = t.m[1] + ai * qx + ar * qy;
      const bx = Math.floor(px - 0.5);
      const by = Math.floor(py - 0.5);
      for (let o = 0; o < taps; o++) {
        const kX = bx - span + 1 + o;
        const kY = by - span + 1 + o;
        wx[o] = Math.max(0, 1 - Math.abs(kX + 0.5 - px) / r);
        wy[o] = Math.max(0, 1 - Math.abs(kY + 0.5 - py) / r);
        kx[o] = mirror(kX, w);
        ky[o] = mirror(kY, h);
      }
      let red = 0;
      let green = 0;
      let blue = 0;
      let total = 0;
      for (let a = 0; a < taps; a++) {
        const wya = wy[a]!;
        if (wya === 0) continue;
        const row = ky[a]! * w;
        for (let b = 0; b < taps; b++) {
          const wt = wya * wx[b]!;
          if (wt === 0) continue;
          const p = (row + kx[b]!) * 4;
          if (opaque) {
            red += data[p]! * wt;
            green += data[p + 1]! * wt;
            blue += data[p + 2]! * wt;
            total += wt;
            continue;
          }
          // Composite over white per pixel (transparent avatars render on white), as align.py does.
          const alpha = data[p + 3]! * k255;
          const white = 255 * (1 - alpha);
          red += (data[p]! * alpha + white) * wt;
          green += (data[p + 1]! * alpha + white) * wt;
          blue += (data[p + 2]! * alpha + white) * wt;
          total += wt;
        }
      }
      const o = i * size + j;
      dst[o] = ((red / total) * k255 - spec.mean[0]) / spec.std[0];
      dst[plane + o] = ((green / total) * k255 - spec.mean[1]) / spec.std[1];
      dst[2 * plane + o] = ((blue / total) * k255 - spec.mean[2]) / spec.std[2];
    }
  }
  return dst;
}

/** True when every pixel's alpha is 255. */
function isOpaque(data: Uint8ClampedArray): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}
