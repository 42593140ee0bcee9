import type { RgbaImage } from '../image/types';

/**
 * Area-average downsample to size × size RGB (alpha composited over white, as a transparent logo shows
 * on a light page). Averaging, unlike the detector's bilinear warp, keeps a 400 px avatar's texture
 * statistics close to those of a 64 px one instead of aliasing them.
 */
export function boxDownsample(img: RgbaImage, size: number): Float32Array {
  const { width: W, height: H, data } = img;
  const out = new Float32Array(size * size * 3);
  const weight = new Float32Array(size * size);
  for (let y = 0; y < H; y++) {
    const oy = Math.min(size - 1, Math.floor((y * size) / H));
    for (let x = 0; x < W; x++) {
      const ox = Math.min(size - 1, Math.floor((x * size) / W));
      const i = (y * W + x) * 4;
      const a = data[i + 3]! / 255;
      const o = oy * size + ox;
      for (let c = 0; c < 3; c++) out[o * 3 + c]! += data[i + c]! * a + 255 * (1 - a);
      weight[o]! += 1;
    }
  }
  for (let o = 0; o < size * size; o++) {
    const w = weight[o]! || 1;
    for (let c = 0; c < 3; c++) out[o * 3 + c]! /= w;
  }
  return out;
}
