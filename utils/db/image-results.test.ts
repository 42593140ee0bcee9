import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from '../../core/verdict';
import { putImageResults } from './image-results';
import { openEvidenceDb } from './open';
import { recordObservation } from './record-observation';
import { freshFactory, occurrence } from './testing';

const verdict = (sha256: string, phash: string): ImageVerdict => ({ status: 'no-face', sha256, width: 1, height: 1, reasons: [], modelVersion: 'm', phash });

describe('putImageResults', () => {
  it('stores a batch and gives an account that owns two of its URLs both hashes', async () => {
    const db = await openEvidenceDb(freshFactory());
    await recordObservation(db, occurrence({ handle: 'a', avatarUrl: 'https://img/1.jpg' }), 'p', 1);
    await recordObservation(db, occurrence({ handle: 'a', avatarUrl: 'https://img/2.jpg' }), 'p', 2);
    await recordObservation(db, occurrence({ handle: 'b', avatarUrl: 'https://img/2.jpg' }), 'p', 2);
    const r = await putImageResults(db, [
      ['https://img/1.jpg', { verdict: verdict('s1', 'ffff0000ffff0000'), analysedAt: 3 }],
      ['https://img/2.jpg', { verdict: verdict('s2', '0000ffff0000ffff'), analysedAt: 3 }],
    ]);
    expect(r.ok).toBe(true);
    expect((await db.get('accounts', 'x:a'))?.avatars.map((a) => [a.url, a.sha256])).toEqual([['https://img/1.jpg', 's1'], ['https://img/2.jpg', 's2']]);
    expect((await db.get('accounts', 'x:b'))?.avatars.map((a) => a.sha256)).toEqual(['s2']);
    expect(await db.count('images')).toBe(2);
    db.close();
  });
});
