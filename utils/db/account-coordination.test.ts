import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from '../analysis/types.ts';
import { accountKey } from '../signals/account-key.ts';
import { accountCoordination, loadCoordinationSnapshot } from './account-coordination.ts';
import { findSimilarImages, putImageResult } from './image-results.ts';
import { openEvidenceDb } from './open.ts';
import { recordObservation } from './record-observation.ts';
import { freshFactory, occurrence } from './testing.ts';

const TEXT = 'The so-called reports about our region are fabricated by western media to smear us';
const verdict = (sha256: string, phash: string): ImageVerdict => ({ status: 'no-face', sha256, width: 1, height: 1, reasons: [], modelVersion: 'm', phash });

describe('accountCoordination (through the indexes)', () => {
  it('finds copied text, a hashtag burst and a reused avatar for one account', async () => {
    const db = await openEvidenceDb(freshFactory());
    for (const h of ['a', 'b', 'c', 'd'])
      await recordObservation(db, occurrence({ handle: h, text: h === 'd' ? `${TEXT}!!` : TEXT, hashtags: ['Tag1', 'tag2'], avatarUrl: `https://img/${h}.jpg` }), 'p', 1);
    await recordObservation(db, occurrence({ handle: 'e', text: 'unrelated but long enough text about gardening and tomatoes', hashtags: [], avatarUrl: 'https://img/e.jpg' }), 'p', 1);
    await putImageResult(db, 'https://img/a.jpg', { verdict: verdict('s1', 'ffff0000ffff0000'), analysedAt: 1 });
    await putImageResult(db, 'https://img/b.jpg', { verdict: verdict('s2', 'ffff0000ffff000f'), analysedAt: 1 });
    await putImageResult(db, 'https://img/e.jpg', { verdict: verdict('s3', '0000ffff0000ffff'), analysedAt: 1 });
    expect((await findSimilarImages(db, 'ffff0000ffff0000', 6)).map((r) => [r.url, r.bits])).toEqual([['https://img/a.jpg', 0], ['https://img/b.jpg', 4]]);
    const ev = await accountCoordination(db, accountKey('x', 'a'));
    expect(ev.map((e) => [e.signal, e.count]).sort()).toEqual([['copied-text', 3], ['hashtag-burst', 3], ['reused-avatar', 1]]);
    expect(await accountCoordination(db, accountKey('x', 'e'))).toEqual([]);
    const snap = await loadCoordinationSnapshot(db, '2021-03-01', '2021-03-01');
    expect(snap.posts).toHaveLength(5);
    db.close();
  });
});
