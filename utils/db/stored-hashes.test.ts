import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from '../../core/verdict';
import { hamming } from '../../signals/phash';
import { mulberry32 } from '../../signals/testing/prng';
import { findSimilarImages, putImageResult } from './image-results';
import { openEvidenceDb } from './open';
import { StoredHashes, storedHashes } from './stored-hashes';
import { freshFactory } from './testing';

const seen = (phash: string): ImageVerdict => ({ status: 'no-face', sha256: phash, width: 1, height: 1, reasons: [], modelVersion: 'm', phash });

describe('StoredHashes', () => {
  it('finds exactly the hashes within maxBits, whatever bits differ (checked against hamming on 3,000 random hashes)', () => {
    const rand = mulberry32(3);
    const randomHash = () => Array.from({ length: 16 }, () => Math.floor(rand() * 16).toString(16)).join('');
    const flip = (h: string, n: number) => {
      let v = BigInt(`0x${h}`);
      for (const b of new Set(Array.from({ length: n }, () => Math.floor(rand() * 64)))) v ^= 1n << BigInt(b);
      return v.toString(16).padStart(16, '0');
    };
    const base = randomHash();
    const all = [...Array.from({ length: 2000 }, randomHash), ...Array.from({ length: 1000 }, (_, i) => flip(base, i % 12))];
    const set = new StoredHashes();
    for (const h of all) set.add(h);
    set.add(base);
    set.add('not a hash');
    expect(set.size).toBe(3001);
    for (const maxBits of [0, 3, 6, 10]) {
      const want = [...new Set([...all, base].filter((h) => hamming(h, base) <= maxBits))].sort();
      expect(set.near(base, maxBits).sort()).toEqual(want);
    }
  });

  it('is read from the store once, then follows the images this context stores', async () => {
    const db = await openEvidenceDb(freshFactory());
    await putImageResult(db, 'a', { verdict: seen('ffff0000ffff0000'), analysedAt: 1 });
    const set = await storedHashes(db);
    expect(set.size).toBe(1);
    await putImageResult(db, 'b', { verdict: seen('ffff0000ffff000f'), analysedAt: 1 });
    expect(await storedHashes(db)).toBe(set);
    expect((await findSimilarImages(db, 'ffff0000ffff0000', 6)).map((r) => [r.url, r.bits])).toEqual([['a', 0], ['b', 4]]);
    db.close();
  });
});
