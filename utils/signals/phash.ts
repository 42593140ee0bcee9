import type { RgbaImage } from '../image/types.ts';

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

/** Grey (BT.601 luma), transparent pixels composited on white as browsers show avatars. */
function toGrey(img: RgbaImage): Float64Array {
  const g = new Float64Array(img.width * img.height);
  const d = img.data;
  for (let i = 0, p = 0; i < g.length; i++, p += 4) {
    const a = (d[p + 3] ?? 255) / 255;
    const luma = 0.299 * (d[p] ?? 0) + 0.587 * (d[p + 1] ?? 0) + 0.114 * (d[p + 2] ?? 0);
    g[i] = luma * a + 255 * (1 - a);
  }
  return g;
}

/** Per-axis weights of an area (box) resize: each output cell averages the source pixels it covers. */
function areaWeights(src: number, dst: number): Array<Array<[number, number]>> {
  const scale = src / dst;
  const out: Array<Array<[number, number]>> = [];
  for (let o = 0; o < dst; o++) {
    const lo = o * scale;
    const hi = lo + scale;
    const cell: Array<[number, number]> = [];
    for (let s = Math.floor(lo); s < Math.min(src, Math.ceil(hi)); s++) {
      const w = Math.min(hi, s + 1) - Math.max(lo, s);
      if (w > 1e-9) cell.push([s, w / scale]);
    }
    out.push(cell);
  }
  return out;
}

/** Area-resizes a grey image to N×N; area (not bilinear) so downscaled avatars hash like the original. */
function resizeArea(g: Float64Array, w: number, h: number): Float64Array {
  const wx = areaWeights(w, N);
  const wy = areaWeights(h, N);
  const rows = new Float64Array(h * N);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < N; x++) {
      let acc = 0;
      for (const [s, wt] of wx[x] ?? []) acc += (g[y * w + s] ?? 0) * wt;
      rows[y * N + x] = acc;
    }
  const out = new Float64Array(N * N);
  for (let y = 0; y < N; y++)
    for (let x = 0; x < N; x++) {
      let acc = 0;
      for (const [s, wt] of wy[y] ?? []) acc += (rows[s * N + x] ?? 0) * wt;
      out[y * N + x] = acc;
    }
  return out;
}

/** The K×K lowest frequencies of the 2-D DCT-II (unnormalised: only the signs vs the median matter). */
function lowDct(px: Float64Array): Float64Array {
  const tmp = new Float64Array(N * K); // rows transformed: [y][v]
  for (let y = 0; y < N; y++)
    for (let v = 0; v < K; v++) {
      let acc = 0;
      for (let x = 0; x < N; x++) acc += (px[y * N + x] ?? 0) * (COS[v * N + x] ?? 0);
      tmp[y * K + v] = acc;
    }
  const out = new Float64Array(K * K); // [u][v]
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
  const dct = lowDct(resizeArea(toGrey(img), img.width, img.height));
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

/** Splits a 16-hex phash into 8 one-byte bands for an index: two hashes within 7 bits share ≥ 1 band (pigeonhole). */
export function phashBands(hash: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < 8; i++) out.push(`${i}:${hash.slice(i * 2, i * 2 + 2)}`);
  return out;
}
