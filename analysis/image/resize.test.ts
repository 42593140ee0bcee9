import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resampleBilinear, resizeBilinear } from './resize';
import type { RgbaImage } from './types';

function gradient(w: number, h: number): RgbaImage {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([(x * 37 + y * 11) % 256, (x * 5) % 256, (y * 7) % 256, 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}
const hash = (img: RgbaImage): string => createHash('sha256').update(img.data).digest('hex');

describe('resizeBilinear', () => {
  it('is deterministic and pinned (a change here breaks Python parity)', () => {
    const a = resizeBilinear(gradient(97, 61), 128, 128);
    expect(hash(a)).toBe(hash(resizeBilinear(gradient(97, 61), 128, 128)));
    expect(hash(a)).toMatchSnapshot();
  });
  it('returns the same pixels at the same size', () => {
    const src = gradient(13, 7);
    expect([...resizeBilinear(src, 13, 7).data]).toEqual([...src.data]);
  });
  it('averages a 2×2 block into one pixel with round-half-up', () => {
    const src = { width: 2, height: 2, data: new Uint8ClampedArray([0, 0, 0, 0, 1, 10, 100, 255, 0, 0, 0, 0, 0, 10, 200, 255]) };
    expect([...resizeBilinear(src, 1, 1).data]).toEqual([0, 5, 75, 128]);
  });
  it('blacks out the part of a rect outside the image (letterbox bars)', () => {
    const src = { width: 2, height: 1, data: new Uint8ClampedArray([200, 200, 200, 255, 100, 100, 100, 255]) };
    const out = resampleBilinear(src, { x: 0, y: -1, w: 2, h: 2 }, 2, 2);
    expect([...out.data.slice(0, 8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...out.data.slice(8)]).toEqual([200, 200, 200, 255, 100, 100, 100, 255]);
  });
  it('writes into a reused buffer exactly what it would return fresh, bars included', () => {
    const src = gradient(31, 17);
    const rect = { x: -5, y: -9, w: 41, h: 35 };
    const reused = new Uint8ClampedArray(16 * 16 * 4).fill(77);
    const out = resampleBilinear(src, rect, 16, 16, reused);
    expect(out.data).toBe(reused);
    expect([...out.data]).toEqual([...resampleBilinear(src, rect, 16, 16).data]);
    expect(() => resampleBilinear(src, rect, 16, 16, new Uint8ClampedArray(16 * 15 * 4))).toThrow('holds 960 bytes, not 1024');
  });
});
