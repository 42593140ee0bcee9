import { beforeAll, describe, expect, it } from 'vitest';
import { readDeclaredSize } from './declared-size';
import { withDeclaredSize } from './fuzz/dims';
import { buildSeeds, type Seed } from './fuzz/seeds';

describe('readDeclaredSize', () => {
  let seeds: Seed[];
  beforeAll(async () => {
    seeds = await buildSeeds();
  });
  it('reads the size of every PNG, JPEG, GIF and WebP seed as encoded', () => {
    for (const s of seeds.filter((x) => ['png', 'jpeg', 'gif', 'webp'].includes(x.format))) {
      const want = s.name === 'png-1x1' ? [1, 1] : s.name === 'png-1x2000' ? [1, 2000] : [48, 40];
      expect([s.name, ...Object.values(readDeclaredSize(s.bytes) ?? {})]).toEqual([s.name, ...want]);
    }
  });
  it('reads patched huge sizes (the bombs the browser must refuse before decoding)', () => {
    for (const name of ['png', 'jpeg-progressive', 'gif-animated', 'webp-animated', 'webp-lossy', 'webp-lossless-alpha']) {
      const bytes = withDeclaredSize(seeds.find((s) => s.name === name)?.bytes ?? new Uint8Array(0), 9000, 7000);
      expect([name, readDeclaredSize(bytes ?? new Uint8Array(0))]).toEqual([name, { width: 9000, height: 7000 }]);
    }
  });
  it('returns null for other formats and short headers', () => {
    expect(readDeclaredSize(new Uint8Array(0))).toBeNull();
    expect(readDeclaredSize(Uint8Array.from([0xff, 0xd8, 0xff]))).toBeNull();
    expect(readDeclaredSize(new TextEncoder().encode('<html>'))).toBeNull();
  });
});
