import { describe, expect, it } from 'vitest';
import type { RgbaImage } from '../image/types.ts';
import { hamming, phash, phashBands } from './phash.ts';
import { syntheticAvatar } from './testing/synthetic-image.ts';

function mirror(img: RgbaImage): RgbaImage {
  const data = new Uint8ClampedArray(img.data.length);
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      for (let c = 0; c < 4; c++) data[(y * img.width + x) * 4 + c] = img.data[(y * img.width + (img.width - 1 - x)) * 4 + c] ?? 0;
  return { ...img, data };
}

describe('phash', () => {
  it('is 16 hex chars, deterministic, with exactly 31 bits set', () => {
    const h = phash(syntheticAvatar(1, 128));
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(phash(syntheticAvatar(1, 128))).toBe(h);
    expect(hamming(h, '0000000000000000')).toBe(31);
  });

  it('barely moves when the same picture is drawn at another size', () => {
    expect(hamming(phash(syntheticAvatar(2, 400)), phash(syntheticAvatar(2, 96)))).toBeLessThanOrEqual(4);
  });

  it('separates different pictures and a mirrored copy', () => {
    const a = syntheticAvatar(3, 128);
    expect(hamming(phash(a), phash(syntheticAvatar(4, 128)))).toBeGreaterThan(12);
    expect(hamming(phash(a), phash(mirror(a)))).toBeGreaterThan(12);
  });

  it('handles tiny, flat and transparent images', () => {
    expect(phash({ width: 1, height: 1, data: new Uint8ClampedArray([10, 20, 30, 255]) })).toMatch(/^[0-9a-f]{16}$/);
    const clear = { width: 24, height: 24, data: new Uint8ClampedArray(24 * 24 * 4) };
    const white = { width: 24, height: 24, data: new Uint8ClampedArray(24 * 24 * 4).fill(255) };
    expect(phash(clear)).toBe(phash(white)); // transparent shows as white
    expect(() => phash({ width: 0, height: 0, data: new Uint8ClampedArray() })).toThrow(/empty/);
  });

  it('hamming counts bits; bands share one when within 7 bits', () => {
    expect(hamming('ff00', '0f01')).toBe(5);
    expect(() => hamming('ff', 'fff')).toThrow(/lengths/);
    const a = 'f0f0f0f0f0f0f0f0';
    const b = '0ff0f0f0f0f0f0f1'; // differs in bands 0 and 7 only
    expect(phashBands(a).filter((x) => phashBands(b).includes(x)).length).toBe(6);
  });

  // Hashes are stored and compared across versions: a faster implementation must give the same bits.
  it('keeps the hashes earlier versions stored (square, odd, oblong, translucent)', () => {
    const oblong = (seed: number, w: number, h: number): RgbaImage => {
      const base = syntheticAvatar(seed, Math.max(w, h));
      const data = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++)
          for (let c = 0; c < 4; c++) data[(y * w + x) * 4 + c] = c === 3 ? (x * 7 + y * 3) % 256 : (base.data[(y * base.width + x) * 4 + c] ?? 0);
      return { width: w, height: h, data };
    };
    expect([phash(syntheticAvatar(1, 128)), phash(syntheticAvatar(2, 400)), phash(syntheticAvatar(3, 97)), phash(syntheticAvatar(5, 33))]).toEqual([
      '4071e3d1e0d42f1f', '7d99f99909f00722', '39f9f87476626220', '1fec0738e700fc83',
    ]);
    expect([phash(oblong(6, 300, 180)), phash(oblong(7, 45, 130))]).toEqual(['218e511eff551a51', '35acb5e449ade902']);
  });
});
