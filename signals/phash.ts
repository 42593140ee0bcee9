import { perSize, workPlane } from '../analysis/image/reuse';
import type { RgbaImage } from '../analysis/image/types';

/** Side of the grey thumbnail the DCT runs on (the classic pHash size). */
const N = 32;
/** Side of the low-frequency block kept (8×8 = 64 bits). */
const K = 8;

// cos((2x+1)uπ/2N) for u < K, x < N: only the first K frequencies are ever needed.
const COS: Float64Array = (() => {
  const t = new Float64Array(K * N);
  for (let u = 0; u < K; u++) for (let x = 0; x < N; x++) t[u * N + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * N));
  return t;
})();

/** Per-axis taps of an area (box) resize: output o averages source [first[o], first[o] + count[o]). */
interface AreaTaps {
  first: Int32Array;
  count: Int32Array;
  /** Weights, output-major, `stride` slots per output. */
  w: Float64Array;
  stride: number;
}

function areaTaps(src: number, dst: number): AreaTaps {
  const scale = src / dst;
  const stride = Math.ceil(scale) + 2;
  const taps: AreaTaps = { first: new Int32Array(dst), count: new Int32Array(dst), w: new Float64Array(dst * stride), stride };
  for (let o = 0; o < dst; o++) {
    const lo = o * scale;
    const hi = lo + scale;
    let n = 0;
    for (let s = Math.floor(lo); s < Math.min(src, Math.ceil(hi)); s++) {
      const w = Math.min(hi, s + 1) - Math.max(lo, s);
      if (w <= 1e-9) continue;
      if (n === 0) taps.first[o] = s;
      taps.w[o * stride + n++] = w / scale;
    }
    taps.count[o] = n;
  }
  return taps;
}

const cachedTaps = perSize(areaTaps);

// Work planes reused across calls (phash is synchronous, so calls never overlap): fresh ones came to
// about 110 KB of ArrayBuffers per 400 px avatar, the largest share of the offscreen document's garbage.
const rowPlane = workPlane(4096 * N);
const planes = { thumb: new Float64Array(N * N), dctRows: new Float64Array(N * K), dct: new Float64Array(K * K) };

/**
 * Grey (BT.601 luma, transparent pixels composited on white as browsers show avatars), area-resized
 * to N×N; area (not bilinear) so downscaled avatars hash like the original. The grey value is made
 * per pixel inside the row pass, in the same order as always, so stored hashes stay comparable.
 */
function greyThumbnail(img: RgbaImage): Float64Array {
  const { width: w, height: h, data: d } = img;
  const tx = cachedTaps(w, N);
  const ty = cachedTaps(h, N);
  const rows = rowPlane(h * N);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < N; x++) {
      const first = tx.first[x]!;
      const n = tx.count[x]!;
      const base = x * tx.stride;
      let acc = 0;
      for (let k = 0; k < n; k++) {
        const p = (y * w + first + k) * 4;
        const luma = 0.299 * d[p]! + 0.587 * d[p + 1]! + 0.114 * d[p + 2]!;
        // Opaque (nearly every avatar): luma·1 + 255·0 is exactly luma, so the hash is unchanged.
        const alpha = d[p + 3]!;
        const grey = alpha === 255 ? luma : luma * (alpha / 255) + 255 * (1 - alpha / 255);
        acc += grey * tx.w[base + k]!;
      }
      rows[y * N + x] = acc;
    }
  }
  const out = planes.thumb;
  for (let y = 0; y < N; y++) {
    const first = ty.first[y]!;
    const n = ty.count[y]!;
    const base = y * ty.stride;
    for (let x = 0; x < N; x++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += rows[(first + k) * N + x]! * ty.w[base + k]!;
      out[y * N + x] = acc;
    }
  }
  return out;
}

/** The K×K lowest frequencies of the 2-D DCT-II (unnormalised: only the signs vs the median matter). */
function lowDct(px: Float64Array): Float64Array {
  const tmp = planes.dctRows; // rows transformed: [y][v]
  for (let y = 0; y < N; y++)
    for (let v = 0; v < K; v++) {
      let acc = 0;
      for (let x = 0; x < N; x++) acc += (px[y * N + x] ?? 0) * (COS[v * N + x] ?? 0);
      tmp[y * K + v] = acc;
    }
  const out = planes.dct; // [u][v]
  for (let u = 0; u < K; u++)
    for (let v = 0; v < K; v++) {
      let acc = 0;
      for (let y = 0; y < N; y++) acc += (tmp[y * K + v] ?? 0) * (COS[u * N + y] ?? 0);
      out[u * K + v] = acc;
    }
  return out;
}

/**
 * 64-bit DCT perceptual hash as 16 hex chars. The median is taken over the 63 AC coefficients (the DC
 * term is just mean brightness and would skew it); the DC bit is always 0, so 63 bits carry information.
 */
export function phash(img: RgbaImage): string {
  if (img.width < 1 || img.height < 1) throw new Error('[sockscope:phash] empty image');
  const dct = lowDct(greyThumbnail(img));
  const ac = Array.from(dct.subarray(1)).sort((a, b) => a - b);
  // 63 values: the median is the 32nd; exactly 31 bits end up set, so distances between hashes are even.
  const median = ac[31] ?? 0;
  let hex = '';
  for (let nib = 0; nib < 16; nib++) {
    let v = 0;
    for (let b = 0; b < 4; b++) {
      const i = nib * 4 + b;
      v = (v << 1) | (i > 0 && (dct[i] ?? 0) > median ? 1 : 0);
    }
    hex += v.toString(16);
  }
  return hex;
}

const POP4 = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Number of differing bits between two equal-length hex hashes. */
export function hamming(a: string, b: string): number {
  if (a.length !== b.length) throw new Error(`[sockscope:phash] hash lengths differ (${a.length} vs ${b.length})`);
  let d = 0;
  for (let i = 0; i < a.length; i++) d += POP4[parseInt(a[i] as string, 16) ^ parseInt(b[i] as string, 16)] ?? 0;
  return d;
}

/**
 * Two hashes within this many bits share at least two of their 8 one-byte bands (6 changed bits touch at
 * most 6 bands), so they share at least one band pair key below.
 */
export const BAND_PAIR_MAX_BITS = 6;

/**
 * The 28 keys "ij:" + band i + band j (i < j) of a 16-hex phash, for near-duplicate lookup within
 * BAND_PAIR_MAX_BITS. Single one-byte bands were not selective: face hashes are skewed, so each band
 * value held about 1% of all images and a lookup read ~9% of the store; a pair holds almost only matches.
 */
export function phashBandPairs(hash: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < 8; i++)
    for (let j = i + 1; j < 8; j++) out.push(`${i}${j}:${hash.slice(i * 2, i * 2 + 2)}${hash.slice(j * 2, j * 2 + 2)}`);
  return out;
}
