import { describe, expect, it } from 'vitest';
import { openEvidenceDb } from './open';
import { recordObservations } from './record-observation';
import { freshFactory, occurrence } from './testing';

const T1 = Date.UTC(2019, 4, 1);
const T2 = Date.UTC(2024, 5, 10);

describe('renamed accounts in the store', () => {
  it('keeps one account, under its first key, when the same platform id shows up under a new handle', async () => {
    const db = await openEvidenceDb(freshFactory());
    await recordObservations(db, [occurrence({ kind: 'profile', handle: 'maria_bakes', displayName: 'Maria', accountId: '42', text: 'Baker' })], 'https://x.com/maria_bakes', T1);
    // The header shows the id; the posts under it don't, and must still join the renamed account.
    const r = await recordObservations(db, [occurrence({ kind: 'profile', handle: 'truth_now_24', displayName: 'Правда', accountId: '42', text: 'Правда' }), occurrence({ handle: 'truth_now_24' })], 'https://x.com/truth_now_24', T2);
    expect(r.ok && r.value.map((v) => v.accountKey)).toEqual(['x:maria_bakes', 'x:maria_bakes']);
    const later = await recordObservations(db, [occurrence({ handle: 'Truth_Now_24' })], 'https://x.com/home', T2 + 1);
    expect(later.ok && later.value[0]?.accountKey).toBe('x:maria_bakes');
    const acc = await db.get('accounts', 'x:maria_bakes');
    expect(acc).toMatchObject({ handle: 'Truth_Now_24', accountId: '42', idKey: 'x:42', handleKey: 'x:truth_now_24' });
    expect(acc?.history.filter((h) => h.field === 'handle').map((h) => h.value)).toEqual(['maria_bakes', 'truth_now_24']);
    expect(acc?.history.filter((h) => h.field === 'bio').map((h) => h.value)).toEqual(['Baker', 'Правда']);
    expect(await db.count('accounts')).toBe(1);
    expect(await db.countFromIndex('observations', 'byAccount', 'x:maria_bakes')).toBe(4);
    db.close();
  });

  it('does not merge accounts of different platforms that share an id string', async () => {
    const db = await openEvidenceDb(freshFactory());
    await recordObservations(db, [occurrence({ site: 'x', handle: 'a', accountId: '42' }), occurrence({ site: 'facebook', handle: 'b', accountId: '42' })], 'https://x.com/', T1);
    expect((await db.getAllKeys('accounts')).sort()).toEqual(['facebook:b', 'x:a']);
    db.close();
  });
});
