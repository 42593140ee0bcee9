import { describe, expect, it } from 'vitest';
import { accountKey } from '../../signals/account-key';
import { loadRepostsFor } from './account-reposts';
import { accountCoordination } from './account-coordination';
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

  it('judges co-repost from what the browser recorded: the same rare posts, three times, without a window', async () => {
    const db = await openEvidenceDb(freshFactory());
    const few = (postId: string, by: string) => ({ ...shown(postId, by), repost: { by, byName: null, postId, author: 'origin', shownCount: 2 } });
    await recordObservations(db, ['201', '202'].flatMap((p) => [few(p, 'anna'), few(p, 'boris')]), 'https://x.com/home', NOW);
    expect((await accountCoordination(db, accountKey('x', 'anna'))).some((e) => e.signal === 'co-repost')).toBe(false);
    await recordObservations(db, [few('203', 'anna'), few('203', 'boris')], 'https://x.com/home', NOW + 3 * 86_400_000);
    const ev = (await accountCoordination(db, accountKey('x', 'anna'))).find((e) => e.signal === 'co-repost');
    expect(ev?.reason).toBe('Reposted 3 of the same posts as 1 other account, seen on 2 days (most: @boris, 3 posts); the page shows no time for a repost');
    db.close();
  });
});
