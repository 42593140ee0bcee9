import type { RgbaImage } from '../../analysis/image/types';
import { mulberry32 } from './prng';

/**
 * A seeded avatar-like test image: a coloured background, a few soft blobs ("head", "shoulders")
 * and mild noise, so hashes see structure at several scales like a photo would.
 */
export function syntheticAvatar(seed: number, size = 400): RgbaImage {
  const rnd = mulberry32(seed);
  const data = new Uint8ClampedArray(size * size * 4);
  const bg = [rnd() * 255, rnd() * 255, rnd() * 255];
  const blobs = Array.from({ length: 6 }, () => ({
    x: rnd(), y: rnd(), r: 0.08 + rnd() * 0.3, c: [rnd() * 255, rnd() * 255, rnd() * 255],
  }));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const col = [...bg] as number[];
      for (const b of blobs) {
        const d2 = ((x / size - b.x) ** 2 + (y / size - b.y) ** 2) / (b.r * b.r);
        const w = Math.exp(-d2 * 2);
        for (let c = 0; c < 3; c++) col[c] = (col[c] ?? 0) * (1 - w) + (b.c[c] ?? 0) * w;
      }
      const p = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) data[p + c] = (col[c] ?? 0) + (rnd() - 0.5) * 16;
      data[p + 3] = 255;
    }
  return { width: size, height: size, data };
}
