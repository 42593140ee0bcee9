import { describe, expect, it } from 'vitest';
import type { AccountKey } from '../../core/evidence';
import { saveReview } from '../export/reviews';
import { openEvidenceDb } from './open';
import { putImageResult } from './image-results';
import { recordObservation } from './record-observation';
import { applyRetention } from './retention';
import { freshFactory, occurrence } from './testing';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-07T00:00:00Z');

// Issue 37, finding 6: pruneOlderThan was never called, so evidence was kept forever.
describe('applyRetention', () => {
  it('prunes evidence past the period, except the accounts a reviewer kept', async () => {
    const db = await openEvidenceDb(freshFactory());
    const avatar = (h: string) => `https://pbs.twimg.com/profile_images/1/${h}_400x400.jpg`;
    for (const h of ['old', 'kept', 'unreviewed_keep']) await recordObservation(db, occurrence({ handle: h, avatarUrl: avatar(h) }), 'p', NOW - 100 * DAY);
    await recordObservation(db, occurrence({ handle: 'recent' }), 'p', NOW - DAY);
    const verdict = { status: 'error', error: 'x' } as const;
    for (const h of ['old', 'kept']) await putImageResult(db, avatar(h), { verdict, analysedAt: NOW - 100 * DAY });
    await saveReview(db, 'x:kept' as AccountKey, { status: 'confirmed', notes: '', updatedAt: NOW, keep: true });
    // "Keep" counts on reviewed accounts only.
    await saveReview(db, 'x:unreviewed_keep' as AccountKey, { status: 'unreviewed', notes: '', updatedAt: NOW, keep: true });
    expect(await applyRetention(db, 90, NOW)).toEqual({ observations: 2, accounts: 2, images: 1 });
    expect((await db.getAllKeys('accounts')).sort()).toEqual(['x:kept', 'x:recent']);
    expect(await db.get('images', avatar('kept'))).toBeDefined();
    expect(await db.get('images', avatar('old'))).toBeUndefined();
    db.close();
  });
});
