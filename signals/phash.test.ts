import { describe, expect, it } from 'vitest';
import type { RgbaImage } from '../analysis/image/types';
import { BAND_PAIR_MAX_BITS, hamming, phash, phashBandPairs } from './phash';
import { syntheticAvatar } from './testing/synthetic-image';

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

  it('hamming counts bits', () => {
    expect(hamming('ff00', '0f01')).toBe(5);
    expect(() => hamming('ff', 'fff')).toThrow(/lengths/);
  });

  it('band pairs: hashes within 6 bits always share a key, even with every changed bit in its own band', () => {
    const shared = (a: string, b: string) => phashBandPairs(a).filter((k) => phashBandPairs(b).includes(k)).length;
    const flip = (hash: string, bits: number[]) => {
      const v = BigInt(`0x${hash}`) ^ bits.reduce((m, b) => m | (1n << BigInt(b)), 0n);
      return v.toString(16).padStart(16, '0');
    };
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 2000; t++) {
      const a = Array.from({ length: 16 }, () => rand(16).toString(16)).join('');
      // Worst case: each changed bit in a different band, leaving exactly 8 − n bands equal.
      const n = 1 + (t % BAND_PAIR_MAX_BITS);
      const bands = Array.from({ length: 8 }, (_, i) => i).sort(() => rand(3) - 1).slice(0, n);
      const b = flip(a, bands.map((band) => (7 - band) * 8 + rand(8)));
      expect(hamming(a, b)).toBe(n);
      expect(shared(a, b)).toBe(((8 - n) * (7 - n)) / 2);
    }
    expect(phashBandPairs('0123456789abcdef')).toHaveLength(28);
    expect(phashBandPairs('0123456789abcdef')[0]).toBe('01:0123');
    // The limit: 7 bits in 7 bands leave one band equal and no pair in common.
    expect(shared('0000000000000000', flip('0000000000000000', [0, 8, 16, 24, 32, 40, 48]))).toBe(0);
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

  it('gives the same hash whatever was hashed before it (its work planes are reused)', () => {
    // 5,000 rows: over the row plane it keeps, so this one gets a plane of its own.
    const tall = { width: 40, height: 5000, data: new Uint8ClampedArray(40 * 5000 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 31) % 251)) };
    const tallHash = phash(tall);
    expect(phash(syntheticAvatar(3, 97))).toBe('39f9f87476626220');
    expect(phash(syntheticAvatar(2, 400))).toBe('7d99f99909f00722');
    expect(phash(tall)).toBe(tallHash);
    expect(phash(syntheticAvatar(1, 128))).toBe('4071e3d1e0d42f1f');
  });
});
