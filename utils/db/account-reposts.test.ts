import { describe, expect, it } from 'vitest';
import { accountKey } from '../../signals/account-key';
import { loadRepostsFor } from './account-reposts';
import { openEvidenceDb } from './open';
import { recordObservations } from './record-observation';
import { freshFactory, occurrence } from './testing';

const NOW = Date.parse('2026-11-30T10:00:00Z');
const shown = (postId: string, by: string, author = 'origin') =>
  occurrence({ handle: author, text: `An original post number ${postId} by its own author`, repost: { by, byName: by.toUpperCase(), postId, author, shownCount: 37 } });

describe('reposts in the evidence store', () => {
  it('keeps the post its author\'s, records the reposter\'s act, and finds who else reposted the same posts', async () => {
    const db = await openEvidenceDb(freshFactory());
    const r = await recordObservations(db, [shown('101', 'anna'), shown('102', 'anna'), shown('101', 'boris')], 'https://x.com/home', NOW);
    expect(r.ok && r.value.map((v) => v.accountKey)).toEqual(['x:origin', 'x:origin', 'x:origin']);
    await recordObservations(db, [shown('102', 'boris'), shown('999', 'carol')], 'https://x.com/home', NOW + 60_000);
    expect(await db.get('accounts', 'x:anna')).toMatchObject({ handle: 'anna', displayNames: ['ANNA'] });
    const reposts = await loadRepostsFor(db, accountKey('x', 'anna'));
    expect(reposts.map((p) => [p.accountKey, p.item, p.at - NOW, p.shownCount]).sort()).toEqual([
      ['x:anna', 'id:101', 0, 37], ['x:anna', 'id:102', 0, 37], ['x:boris', 'id:101', 0, 37], ['x:boris', 'id:102', 60_000, 37],
    ]);
    // The original author's own rows carry no repost, and its text stays its own.
    const origin = await db.getAllFromIndex('observations', 'byAccount', 'x:origin');
    expect(origin.every((o) => o.repostItem === undefined && o.textHash !== null)).toBe(true);
    db.close();
  });
});
