import type { RgbaImage } from '../image/types';
import { boxDownsample } from './downsample';

/** Side of the square the features are computed on. */
export const FEATURE_SIZE = 64;

/** Feature names, in vector order (model.json stores its weights in this order). */
export const FEATURE_NAMES = [
  'top1_colour', 'top8_colours', 'distinct_colours', 'flat_share', 'edge_share', 'strong_edge_share', 'mean_gradient',
  'smooth_noise', 'mean_saturation', 'saturation_std', 'vivid_share', 'hue_entropy', 'luma_entropy', 'luma_peak',
  'dark_share', 'light_share', 'skin_share', 'border_std', 'border_centre_diff', 'grey_share',
] as const;

/**
 * A well-known feature family for telling photos from drawings and graphics (Athitsos, Swain & Frankel
 * 1997, "Distinguishing photographs and graphics on the World Wide Web"; Cutzu et al. 2005): how few
 * colours cover the picture, how much of it is flat, how sharp its edges are, how noisy its smooth parts
 * are, saturation, and where skin tones and plain backgrounds are. Pure: pixels in, numbers out.
 */
export function nonPhotoFeatures(img: RgbaImage): Float64Array {
  const n = FEATURE_SIZE;
  const rgb = boxDownsample(img, n);
  const px = n * n;
  const luma = new Float32Array(px);
  // 4-bit-per-channel colour → pixel count (12 bits: 4,096 bins).
  const counts = new Int32Array(4096);
  const hueHist = new Float64Array(18);
  const lumaHist = new Float64Array(32);
  let satSum = 0, satSq = 0, vivid = 0, dark = 0, light = 0, skin = 0, grey = 0;
  for (let i = 0; i < px; i++) {
    const r = rgb[i * 3]!, g = rgb[i * 3 + 1]!, b = rgb[i * 3 + 2]!;
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    luma[i] = y;
    const q = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    counts[q]!++;
    const max = Math.max(r, g, b), min = Math.min(r, g, b);
    const s = max === 0 ? 0 : (max - min) / max;
    satSum += s;
    satSq += s * s;
    if (s > 0.6 && max > 80) vivid++;
    if (max - min < 12) grey++;
    if (y < 40) dark++;
    if (y > 225) light++;
    if (s > 0.15 && max > 40) hueHist[Math.min(17, Math.floor(hue(r, g, b, max, min) / 20))]! += 1;
    lumaHist[Math.min(31, Math.floor(y / 8))]! += 1;
    // Skin in YCbCr (Chai & Ngan 1999): Cb 77–127, Cr 133–173.
    const cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
    const cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
    if (cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173) skin++;
  }
  const sorted = Array.from(counts.filter((c) => c > 0)).sort((a, b) => b - a);
  const top8 = sorted.slice(0, 8).reduce((s, c) => s + c, 0);
  let flat = 0, edge = 0, strong = 0, gradSum = 0, noiseSum = 0, noiseN = 0;
  for (let y = 1; y < n - 1; y++)
    for (let x = 1; x < n - 1; x++) {
      const i = y * n + x;
      const gx = luma[i + 1]! - luma[i - 1]!;
      const gy = luma[i + n]! - luma[i - n]!;
      const mag = Math.hypot(gx, gy) / 2;
      gradSum += mag;
      if (mag < 2) flat++;
      else if (mag > 10) edge++;
      if (mag > 40) strong++;
      if (mag < 8) {
        // Sensor noise and fine texture survive in a photo's smooth parts; a drawing's fills are clean.
        noiseSum += Math.abs(4 * luma[i]! - luma[i - 1]! - luma[i + 1]! - luma[i - n]! - luma[i + n]!);
        noiseN++;
      }
    }
  const inner = (n - 2) * (n - 2);
  const border = borderStats(rgb, n);
  return Float64Array.from([
    (sorted[0] ?? 0) / px, top8 / px, Math.log1p(sorted.length) / Math.log(4097), flat / inner, edge / inner, strong / inner, gradSum / inner / 50,
    noiseN ? noiseSum / noiseN / 20 : 0, satSum / px, Math.sqrt(Math.max(0, satSq / px - (satSum / px) ** 2)), vivid / px,
    entropy(hueHist) / Math.log(18), entropy(lumaHist) / Math.log(32), Math.max(...lumaHist) / px,
    dark / px, light / px, skin / px, border.std / 64, border.centreDiff / 128, grey / px,
  ]);
}

function hue(r: number, g: number, b: number, max: number, min: number): number {
  const d = max - min || 1;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

function entropy(hist: Float64Array): number {
  const total = hist.reduce((s, v) => s + v, 0);
  if (total === 0) return 0;
  let e = 0;
  for (const v of hist) if (v > 0) e -= (v / total) * Math.log(v / total);
  return e;
}

/** Spread of the outer ring's colour (plain backgrounds are a graphic's), and how far the centre is from it. */
function borderStats(rgb: Float32Array, n: number): { std: number; centreDiff: number } {
  const onRing = (x: number, y: number): boolean => x < 3 || y < 3 || x >= n - 3 || y >= n - 3;
  const inCentre = (x: number, y: number): boolean => Math.abs(x - n / 2) < n / 6 && Math.abs(y - n / 2) < n / 6;
  // Sums in the same order as a list of the ring's pixels would give them, without building the list.
  const sum = [0, 0, 0];
  const centre = [0, 0, 0];
  let ringN = 0;
  let cn = 0;
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const i = (y * n + x) * 3;
      if (onRing(x, y)) {
        for (let c = 0; c < 3; c++) sum[c]! += rgb[i + c]!;
        ringN++;
      } else if (inCentre(x, y)) {
        for (let c = 0; c < 3; c++) centre[c]! += rgb[i + c]!;
        cn++;
      }
    }
  const mean = sum.map((s) => s / ringN);
  let sq = 0;
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      if (!onRing(x, y)) continue;
      const i = (y * n + x) * 3;
      let t = 0;
      for (let c = 0; c < 3; c++) t += (rgb[i + c]! - mean[c]!) ** 2;
      sq += t;
    }
  const std = Math.sqrt(sq / ringN / 3);
  const centreDiff = Math.sqrt([0, 1, 2].reduce((t, c) => t + (centre[c]! / (cn || 1) - mean[c]!) ** 2, 0) / 3);
  return { std, centreDiff };
}
