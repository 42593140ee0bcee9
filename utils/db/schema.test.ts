import { describe, expect, it } from 'vitest';
import { openEvidenceDb, openEvidenceDbAt } from './open';
import { DB_VERSION } from './schema';
import { freshFactory } from './testing';
import type { ObservationRecord } from './records';
import { minhash, shingles } from '../../signals/minhash';

describe('evidence store schema', () => {
  it('creates every store and index at the current version', async () => {
    const db = await openEvidenceDb(freshFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'images', 'knownTweets', 'meta', 'observations', 'phashes']);
    expect([...db.transaction('accounts').store.indexNames].sort()).toEqual(['byAvatarUrl', 'byHandleKey', 'byIdKey', 'byLastSeen']);
    expect([...db.transaction('knownTweets').store.indexNames].sort()).toEqual(['byLsh', 'bySource', 'byTagsKey']);
    expect([...db.transaction('observations').store.indexNames].sort()).toEqual(['byAccount', 'byDay', 'byLsh', 'byRepostItem', 'bySeenAt', 'byTagsDay', 'byTextHash']);
    expect([...db.transaction('images').store.indexNames].sort()).toEqual(['byAnalysedAt', 'byPhash', 'bySha256']);
    db.close();
  });

  it('upgrades a v1 store, backfilling hashtag-set keys, LSH keys and image hashes', async () => {
    const factory = freshFactory();
    const v1 = await openEvidenceDbAt(1, factory);
    // v1 rows lacked tagsKey / lshKeys (observations) and sha256 / phash / phash keys (images).
    const old = { accountKey: 'x:a', kind: 'post', text: 't', textHash: 'h', textLength: 40, minhash: minhash(shingles('some text for the signature')), hashtags: ['B', 'a'], time: null, day: '2021-03-01', pageUrl: 'https://x.com', seenAt: 1 };
    await v1.add('observations', old as unknown as ObservationRecord);
    const verdict = { status: 'no-face', sha256: 'abc', width: 1, height: 1, reasons: [], modelVersion: 'm', phash: 'ffff0000ffff0000' } as const;
    await (v1 as unknown as { put: (s: string, v: unknown) => Promise<unknown> }).put('images', { url: 'u', verdict, analysedAt: 1 });
    v1.close();
    const db = await openEvidenceDb(factory);
    const [obs] = await db.getAllFromIndex('observations', 'byTagsDay', ['#a #b', '2021-03-01']);
    expect(obs?.lshKeys).toHaveLength(16);
    expect(obs?.lshKeys[0]).toMatch(/^2021-03-01\|0:/);
    expect(await db.getAllFromIndex('observations', 'byLsh', obs?.lshKeys[3] ?? '')).toHaveLength(1);
    expect((await db.getFromIndex('images', 'bySha256', 'abc'))?.phash).toBe('ffff0000ffff0000');
    expect(await db.getAllKeysFromIndex('images', 'byPhash', 'ffff0000ffff0000')).toEqual(['u']);
    expect(await db.getAllKeys('phashes')).toEqual(['ffff0000ffff0000']);
    expect(await db.count('meta')).toBe(0);
    db.close();
  });

  it('upgrades a v3 store from one-byte phash bands to the hash list and an exact-hash index', async () => {
    const factory = freshFactory();
    const v3 = await openEvidenceDbAt(3, factory);
    const verdict = { status: 'no-face', sha256: 'abc', width: 1, height: 1, reasons: [], modelVersion: 'm', phash: '00ff00ff00ff00ff' } as const;
    const raw = v3 as unknown as { put: (s: string, v: unknown) => Promise<unknown>; getAllKeysFromIndex: (s: string, i: string, k: string) => Promise<unknown[]> };
    await raw.put('images', { url: 'u', sha256: 'abc', phash: verdict.phash, phashBands: ['0:00', '1:ff'], verdict, analysedAt: 1 });
    await raw.put('images', { url: 'v', sha256: 'abd', phash: verdict.phash, phashBands: ['0:00', '1:ff'], verdict, analysedAt: 1 });
    await raw.put('images', { url: 'e', sha256: null, phash: null, phashBands: [], verdict: { status: 'error', error: 'x' }, analysedAt: 1 });
    expect(await raw.getAllKeysFromIndex('images', 'byPhashBand', '1:ff')).toEqual(['u', 'v']);
    v3.close();
    const db = await openEvidenceDb(factory);
    expect([...db.transaction('images').store.indexNames]).not.toContain('byPhashBand');
    const rec = await db.get('images', 'u');
    expect(rec && 'phashBands' in rec).toBe(false);
    expect(await db.getAllKeysFromIndex('images', 'byPhash', '00ff00ff00ff00ff')).toEqual(['u', 'v']);
    expect(await db.getAllKeys('phashes')).toEqual(['00ff00ff00ff00ff']);
    expect(await db.get('images', 'e')).toMatchObject({ phash: null });
    db.close();
  });

  it('upgrades a v4 store to v5 keeping every account and post, with a history rebuilt from them', async () => {
    const factory = freshFactory();
    const v4 = await openEvidenceDbAt(4, factory);
    const raw = v4 as unknown as { put: (s: string, v: unknown) => Promise<unknown>; add: (s: string, v: unknown) => Promise<unknown> };
    const acc = {
      key: 'x:jane', site: 'x', handle: 'Jane', profileUrl: 'https://x.com/Jane', displayNames: ['Jane', 'Jane D'], avatarUrls: ['https://pbs.twimg.com/profile_images/1/a_normal.jpg'],
      avatars: [{ url: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg', sha256: null, phash: null, firstSeen: 5 }], firstSeen: 1, lastSeen: 9, review: 'unreviewed',
    };
    await raw.put('accounts', acc);
    await raw.add('observations', { accountKey: 'x:jane', kind: 'profile', text: 'my bio', textHash: null, textLength: 6, minhash: null, lshKeys: [], hashtags: [], time: null, day: '2021-01-01', pageUrl: 'https://x.com/Jane', seenAt: 3 });
    v4.close();
    const db = await openEvidenceDb(factory);
    const got = await db.get('accounts', 'x:jane');
    expect(got).toMatchObject({ ...acc, accountId: null, joined: null });
    expect(got?.history.map((h) => [h.field, h.value, h.firstSeen])).toEqual([
      ['name', 'Jane', 1], ['name', 'Jane D', 9], ['avatar', 'pbs.twimg.com/profile_images/1/a.jpg', 5], ['handle', 'Jane', 1], ['bio', 'my bio', 3],
    ]);
    expect(await db.count('observations')).toBe(1);
    expect(await db.count('knownTweets')).toBe(0);
    db.close();
  });

  it('refuses to open outside extension contexts without a factory', async () => {
    await expect(openEvidenceDb()).rejects.toThrow(/only in extension contexts/);
  });
});
