import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from '../../core/verdict';
import { getMeta, putMeta } from './meta';
import { openEvidenceDb } from './open';
import { pruneOlderThan } from './prune';
import { recordObservation } from './record-observation';
import { putImageResult } from './image-results';
import { freshFactory, occurrence } from './testing';

const DAY = 86_400_000;
const NOW = Date.parse('2021-04-01T00:00:00Z');

describe('retention', () => {
  it('prunes observations, accounts and images older than N days, keeping recent ones', async () => {
    const db = await openEvidenceDb(freshFactory());
    await putMeta(db, 'retention', { days: 30 });
    await recordObservation(db, occurrence({ handle: 'old' }), 'p', NOW - 40 * DAY);
    await recordObservation(db, occurrence({ handle: 'both' }), 'p', NOW - 40 * DAY);
    await recordObservation(db, occurrence({ handle: 'both' }), 'p', NOW - 2 * DAY);
    await recordObservation(db, occurrence({ handle: 'new' }), 'p', NOW - DAY);
    const verdict = { status: 'error', error: 'image too large' } as const;
    await putImageResult(db, 'old-img', { verdict, analysedAt: NOW - 31 * DAY });
    await putImageResult(db, 'new-img', { verdict, analysedAt: NOW - 29 * DAY });
    const days = (await getMeta(db, 'retention'))?.days ?? 0;
    expect(await pruneOlderThan(db, days, NOW)).toEqual({ observations: 2, accounts: 1, images: 1 });
    expect((await db.getAllKeys('accounts')).sort()).toEqual(['x:both', 'x:new']);
    expect(await db.count('observations')).toBe(2);
    expect(await db.get('images', 'old-img')).toBeUndefined();
    expect((await db.get('images', 'new-img'))?.verdict.status).toBe('error');
    await expect(pruneOlderThan(db, 0, NOW)).rejects.toThrow(/days must be > 0/);
    db.close();
  });

  it("drops a pruned image's phash from the hash list unless another image still has it", async () => {
    const db = await openEvidenceDb(freshFactory());
    const seen = (phash: string): ImageVerdict => ({ status: 'no-face', sha256: phash, width: 1, height: 1, reasons: [], modelVersion: 'm', phash });
    await putImageResult(db, 'old-a', { verdict: seen('00000000000000ff'), analysedAt: NOW - 40 * DAY });
    await putImageResult(db, 'old-b', { verdict: seen('ffff000000000000'), analysedAt: NOW - 40 * DAY });
    await putImageResult(db, 'new-b', { verdict: seen('ffff000000000000'), analysedAt: NOW - DAY });
    expect(await pruneOlderThan(db, 30, NOW)).toMatchObject({ images: 2 });
    expect(await db.getAllKeys('phashes')).toEqual(['ffff000000000000']);
    db.close();
  });
});
