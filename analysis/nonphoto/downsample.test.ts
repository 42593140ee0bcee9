import { describe, expect, it } from 'vitest';
import { boxDownsample } from './downsample';
import type { RgbaImage } from '../image/types';

/** The plain per-pixel loop the features were trained with: the fast one must give its sums bit for bit. */
function reference(img: RgbaImage, size: number): Float32Array {
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
  for (let o = 0; o < size * size; o++) for (let c = 0; c < 3; c++) out[o * 3 + c]! /= weight[o]! || 1;
  return out;
}

/** A deterministic image: opaque, translucent and transparent pixels mixed. */
function image(width: number, height: number, seed: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  let s = seed;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = i % 4 === 3 && s % 3 === 0 ? 255 : s >>> 24;
  }
  return { width, height, data };
}

describe('boxDownsample', () => {
  it('gives the plain loop’s values bit for bit, at every size and with translucent pixels', () => {
    for (const [w, h, size] of [[400, 400, 64], [401, 257, 64], [63, 90, 64], [1, 1, 64], [300, 7, 32]] as const) {
      const img = image(w, h, w * 31 + h);
      expect(Buffer.from(boxDownsample(img, size).buffer)).toEqual(Buffer.from(reference(img, size).buffer));
    }
  });
});
