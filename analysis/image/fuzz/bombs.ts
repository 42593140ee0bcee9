/** Decompression bombs and huge canvases: small files that declare (or really hold) enormous images. */
import { deflateSync } from 'node:zlib';
import { withDeclaredSize } from './dims';
import { buildPng } from './png-chunks';
import type { Seed } from './seeds';

/** A named hostile file. */
export interface Bomb {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A real RGB PNG of width × height black pixels: every row is a 0 filter byte + zeros, so it deflates ~1000:1. */
function zeroPng(width: number, height: number): Uint8Array {
  return buildPng(width, height, new Uint8Array(deflateSync(new Uint8Array((width * 3 + 1) * height), { level: 9 })));
}

/** Builds the fixed bombs once (the ~6000² one costs ~0.5 s to deflate). */
export function buildBombs(seeds: Seed[]): Bomb[] {
  const seed = (name: string): Uint8Array => {
    const s = seeds.find((x) => x.name === name);
    if (!s) throw new Error(`[sockscope:fuzz] no seed ${name}`);
    return s.bytes;
  };
  const declared = (name: string, base: string, w: number, h: number, type: string): Bomb[] => {
    const bytes = withDeclaredSize(seed(base), w, h);
    return bytes ? [{ name, contentType: type, bytes }] : [];
  };
  return [
    // IHDR says 50000×50000 (7.5 GB of RGB), the IDAT holds a few KB of a real zlib stream.
    { name: 'png-50000x50000-header', contentType: 'image/png', bytes: buildPng(50_000, 50_000, new Uint8Array(deflateSync(new Uint8Array(1 << 20)))) },
    // Real bombs just under and just over the 40 Mpx limit: ~100 KB on disk, 100+ MB decoded.
    { name: 'png-6000x6000-zeros', contentType: 'image/png', bytes: zeroPng(6000, 6000) },
    { name: 'png-7000x7000-zeros', contentType: 'image/png', bytes: zeroPng(7000, 7000) },
    { name: 'png-20000x2-zeros', contentType: 'image/png', bytes: zeroPng(20_000, 2) },
    ...declared('gif-canvas-65535', 'gif', 65_535, 65_535, 'image/gif'),
    ...declared('gif-animated-canvas-65535', 'gif-animated', 65_535, 65_535, 'image/gif'),
    ...declared('webp-vp8x-canvas-16M', 'webp-animated', 1 << 24, 1 << 24, 'image/webp'),
    ...declared('webp-vp8x-canvas-6000', 'webp-animated', 6000, 6000, 'image/webp'),
    ...declared('webp-vp8-16383', 'webp-lossy', 16_383, 16_383, 'image/webp'),
    ...declared('webp-vp8l-16384', 'webp-lossless-alpha', 16_384, 16_384, 'image/webp'),
    ...declared('jpeg-sof-65500', 'jpeg', 65_500, 65_500, 'image/jpeg'),
    ...declared('jpeg-sof-6000', 'jpeg-progressive', 6000, 6000, 'image/jpeg'),
    ...declared('png-ihdr-0x0', 'png', 0, 0, 'image/png'),
    ...declared('png-ihdr-2^31', 'png', 0x7fffffff, 0x7fffffff, 'image/png'),
  ];
}
