import type { RgbaImage } from '../image/types';

/**
 * Area-average downsample to size × size RGB (alpha composited over white, as a transparent logo shows
 * on a light page). Averaging, unlike the detector's bilinear warp, keeps a 400 px avatar's texture
 * statistics close to those of a 64 px one instead of aliasing them.
 *
 * Every source pixel is read once, in row order, and added as before (an opaque pixel's composite is its
 * own value, exactly), so the sums are bit for bit those of the plain loop; the output cell of each
 * column is worked out once per image instead of once per pixel.
 */
export function boxDownsample(img: RgbaImage, size: number): Float32Array {
  const { width: W, height: H, data } = img;
  const out = new Float32Array(size * size * 3);
  const weight = new Float32Array(size * size);
  const column = new Int32Array(W);
  for (let x = 0; x < W; x++) column[x] = Math.min(size - 1, Math.floor((x * size) / W));
  for (let y = 0; y < H; y++) {
    const row = Math.min(size - 1, Math.floor((y * size) / H)) * size;
    let i = y * W * 4;
    for (let x = 0; x < W; x++, i += 4) {
      const o = row + column[x]!;
      const o3 = o * 3;
      const alpha = data[i + 3]!;
      if (alpha === 255) {
        out[o3]! += data[i]!;
        out[o3 + 1]! += data[i + 1]!;
        out[o3 + 2]! += data[i + 2]!;
      } else {
        const a = alpha / 255;
        out[o3]! += data[i]! * a + 255 * (1 - a);
        out[o3 + 1]! += data[i + 1]! * a + 255 * (1 - a);
        out[o3 + 2]! += data[i + 2]! * a + 255 * (1 - a);
      }
      weight[o]! += 1;
    }
  }
  for (let o = 0; o < size * size; o++) {
    const w = weight[o]! || 1;
    for (let c = 0; c < 3; c++) out[o * 3 + c]! /= w;
  }
  return out;
}
