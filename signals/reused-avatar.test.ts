import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key';
import { findReusedAvatars, type AvatarSighting } from './reused-avatar';

const k = (h: string) => accountKey('x', h);
const s = (h: string, url: string, sha256: string | null, phash: string | null): AvatarSighting => ({ accountKey: k(h), url, sha256, phash });

describe('findReusedAvatars', () => {
  it('links an exact SHA-256 match and a near phash, across accounts only', () => {
    const out = findReusedAvatars([
      s('a', 'u1', 'sha1', 'ffff0000ffff0000'),
      s('b', 'u2', 'sha1', null),
      s('c', 'u3', 'sha3', 'ffff0000ffff000f'), // 4 bits from a
      s('a', 'u4', 'sha4', 'ffff0000ffff0001'), // same account again: not reuse
      s('d', 'u5', 'sha5', '0000ffff0000ffff'), // far
    ]);
    expect(out.get(k('a'))?.accounts).toEqual([k('b'), k('c')]);
    expect(out.get(k('b'))?.reason).toMatch(/identical file/);
    expect(out.get(k('c'))?.reason).toMatch(/resized or recompressed/);
    expect(out.has(k('d'))).toBe(false);
  });

  it('calls a copy with the same phash but other bytes a recompressed copy, not the identical file', () => {
    const out = findReusedAvatars([s('a', 'u1', 'sha1', 'ffff0000ffff0000'), s('b', 'u2', 'sha2', 'ffff0000ffff0000')]);
    expect(out.get(k('a'))?.reason).toMatch(/resized or recompressed copy/);
  });

  it('respects maxBits, up to what the band pairs find', () => {
    const out = findReusedAvatars([s('a', 'u1', null, 'ffff0000ffff0000'), s('b', 'u2', null, 'ffff0000ffff00ff')], { maxBits: 6, maxListed: 5 });
    expect(out.size).toBe(0);
    expect(() => findReusedAvatars([], { maxBits: 7, maxListed: 5 })).toThrow(/band pairs/);
  });

  it('finds a 6-bit near copy with its changes spread over six bands, and links every holder of the same hash', () => {
    const out = findReusedAvatars([
      s('a', 'u1', null, '0000000000000000'),
      s('b', 'u2', null, '0101010101010000'), // one bit in each of bands 0-5
      s('c', 'u3', null, '0000000000000000'),
      s('d', 'u4', null, '0101010101010101'), // 8 bits: out of reach
    ]);
    expect(out.get(k('a'))?.accounts).toEqual([k('b'), k('c')]);
    expect(out.get(k('b'))?.accounts).toEqual([k('a'), k('c'), k('d')]);
    expect(out.get(k('d'))?.accounts).toEqual([k('b')]);
  });
});
