import { describe, expect, it } from 'vitest';
import { recordObservation, recordObservations } from './record-observation';
import { openEvidenceDb } from './open';
import { freshFactory, occurrence } from './testing';

const NOW = Date.parse('2021-03-01T12:00:00Z');

describe('recordObservation', () => {
  it('writes the account and the observation before any analysis, merging later sightings', async () => {
    const db = await openEvidenceDb(freshFactory());
    const r1 = await recordObservation(db, occurrence(), 'https://x.com/home', NOW);
    expect(r1).toMatchObject({ ok: true, value: { accountKey: 'x:janedoe12345678' } });
    const r2 = await recordObservation(db, occurrence({ displayName: 'Jane D.', avatarUrl: 'https://pbs.twimg.com/profile_images/2/b_normal.jpg', time: null }), 'https://x.com/home', NOW + 86_400_000);
    expect(r2.ok).toBe(true);
    const acc = await db.get('accounts', 'x:janedoe12345678');
    expect(acc).toMatchObject({ handle: 'JaneDoe12345678', displayNames: ['Jane Doe', 'Jane D.'], firstSeen: NOW, lastSeen: NOW + 86_400_000, review: 'unreviewed' });
    expect(acc?.avatars.map((a) => [a.url.slice(-14), a.sha256])).toEqual([['1/a_normal.jpg', null], ['2/b_normal.jpg', null]]);
    const obs = await db.getAllFromIndex('observations', 'byAccount', 'x:janedoe12345678');
    expect(obs.map((o) => o.day)).toEqual(['2021-03-01', '2021-03-02']); // page time, else seen time
    expect(obs[0]).toMatchObject({ tagsKey: '#one #two', textLength: 50 });
    expect(obs[0]?.minhash).toHaveLength(64);
    db.close();
  });

  it('keeps an "RT @" post as text to read, never as the account\'s own text or tags', async () => {
    const db = await openEvidenceDb(freshFactory());
    await recordObservation(db, occurrence({ text: 'RT @outlet: The storm reached the coast this morning, stay safe everyone #storm #news' }), 'p', NOW);
    const [obs] = await db.getAll('observations');
    expect(obs).toMatchObject({ textHash: null, minhash: null, lshKeys: [], textLength: 0 });
    expect(obs?.tagsKey).toBeUndefined();
    expect(obs?.text).toMatch(/^RT @outlet/);
    db.close();
  });

  it('returns a typed error for an occurrence without a handle, writing nothing', async () => {
    const db = await openEvidenceDb(freshFactory());
    expect(await recordObservation(db, occurrence({ handle: null }), 'p', NOW)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.count('observations')).toBe(0);
    db.close();
  });

  it('leaves tagsKey absent below two tags so the compound index skips the row', async () => {
    const db = await openEvidenceDb(freshFactory());
    await recordObservation(db, occurrence({ hashtags: ['solo'] }), 'p', NOW);
    const [o] = await db.getAll('observations');
    expect(o && 'tagsKey' in o).toBe(false);
    db.close();
  });

  it('records a batch in one go, merging an account that appears twice', async () => {
    const db = await openEvidenceDb(freshFactory());
    const r = await recordObservations(db, [occurrence({ text: 'first post' }), occurrence({ handle: 'other' }), occurrence({ displayName: 'Jane D.', text: 'second post' })], 'p', NOW);
    expect(r.ok && r.value.map((v) => v.accountKey)).toEqual(['x:janedoe12345678', 'x:other', 'x:janedoe12345678']);
    expect((await db.get('accounts', 'x:janedoe12345678'))?.displayNames).toEqual(['Jane Doe', 'Jane D.']);
    expect(await db.count('observations')).toBe(3);
    expect(await recordObservations(db, [occurrence(), occurrence({ handle: null })], 'p', NOW)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.count('observations')).toBe(3);
    db.close();
  });
});
