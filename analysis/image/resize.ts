/**
 * Deterministic bilinear resampling of an axis-aligned source rectangle (the resize, letterbox and
 * crop of the face detector are all this one operation). Defined exactly so Python can reproduce it:
 *
 *   for each output pixel (ox, oy) in [0, dstW) × [0, dstH):
 *     sx = rect.x + (ox + 0.5) · rect.w / dstW − 0.5        (source pixel centres are at integers)
 *     sy = rect.y + (oy + 0.5) · rect.h / dstH − 0.5
 *     if sx < −0.5 or sx > W − 0.5 or sy < −0.5 or sy > H − 0.5: output (0, 0, 0, 0)   (outside: black)
 *     else: cx = clamp(sx, 0, W − 1), cy = clamp(sy, 0, H − 1)                          (edge: replicate)
 *           x0 = floor(cx), x1 = min(x0 + 1, W − 1), fx = cx − x0   (same for y)
 *           v = (1 − fy)·((1 − fx)·p[y0][x0] + fx·p[y0][x1]) + fy·((1 − fx)·p[y1][x0] + fx·p[y1][x1])
 *           output = floor(v + 0.5) per channel (R, G, B, A), in float64
 *
 * No antialiasing: like MediaPipe's own ImageToTensor (bilinear warp), which the detector was trained with.
 */
import type { RgbaImage } from './types';

/** A rectangle in source pixels (may extend past the image; that part comes out black). */
export interface PixelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Samples `rect` of `src` into a dstW × dstH image with the bilinear rule above: into `into` when given
 * (exactly dstW × dstH × 4 long; every byte is written), else into a new one.
 */
export function resampleBilinear(src: RgbaImage, rect: PixelRect, dstW: number, dstH: number, into?: Uint8ClampedArray): RgbaImage {
  const { width: W, height: H, data: p } = src;
  const size = dstW * dstH * 4;
  if (into && into.length !== size) throw new Error(`[sockscope:resize] output buffer holds ${into.length} bytes, not ${size}`);
  const out = into?.fill(0) ?? new Uint8ClampedArray(size);
  const sxStep = rect.w / dstW;
  const syStep = rect.h / dstH;
  for (let oy = 0; oy < dstH; oy++) {
    const sy = rect.y + (oy + 0.5) * syStep - 0.5;
    if (sy < -0.5 || sy > H - 0.5) continue;
    const cy = Math.min(Math.max(sy, 0), H - 1);
    const y0 = Math.floor(cy);
    const y1 = Math.min(y0 + 1, H - 1);
    const fy = cy - y0;
    for (let ox = 0; ox < dstW; ox++) {
      const sx = rect.x + (ox + 0.5) * sxStep - 0.5;
      if (sx < -0.5 || sx > W - 0.5) continue;
      const cx = Math.min(Math.max(sx, 0), W - 1);
      const x0 = Math.floor(cx);
      const x1 = Math.min(x0 + 1, W - 1);
      const fx = cx - x0;
      const i00 = (y0 * W + x0) * 4;
      const i10 = (y0 * W + x1) * 4;
      const i01 = (y1 * W + x0) * 4;
      const i11 = (y1 * W + x1) * 4;
      const o = (oy * dstW + ox) * 4;
      for (let c = 0; c < 4; c++) {
        const top = (1 - fx) * p[i00 + c]! + fx * p[i10 + c]!;
        const bottom = (1 - fx) * p[i01 + c]! + fx * p[i11 + c]!;
        out[o + c] = Math.floor((1 - fy) * top + fy * bottom + 0.5);
      }
    }
  }
  return { width: dstW, height: dstH, data: out };
}

/** Resizes the whole image to dstW × dstH (bilinear, as above). */
export function resizeBilinear(src: RgbaImage, dstW: number, dstH: number): RgbaImage {
  return resampleBilinear(src, { x: 0, y: 0, w: src.width, h: src.height }, dstW, dstH);
}
