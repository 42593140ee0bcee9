import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from '../../core/verdict';
import { accountKey } from '../../signals/account-key';
import { computeCoordination } from '../../signals/coordination';
import { accountCoordination, loadCoordinationSnapshot } from './account-coordination';
import { ObservationCache } from './observation-cache';
import { findSimilarImages, putImageResult } from './image-results';
import { openEvidenceDb } from './open';
import { recordObservation } from './record-observation';
import { freshFactory, occurrence } from './testing';

const TEXT = 'The so-called reports about our region are fabricated by western media to smear us';
// Copied text and hashtag bursts count when repeated with the same accounts: each ring posts more than once.
const TEXT2 = 'Visitors see with their own eyes that the people of our region live happily and freely';
const TEXT3 = 'Foreign journalists never visit the villages they write about, they copy each other instead';
const verdict = (sha256: string, phash: string): ImageVerdict => ({ status: 'no-face', sha256, width: 1, height: 1, reasons: [], modelVersion: 'm', phash });

/** 30 accounts posting three texts (each in one of 3 near-identical forms) with a tag set each, and each one's evidence alone. */
async function campaignOf30() {
  const db = await openEvidenceDb(freshFactory());
  for (let i = 0; i < 30; i++)
    for (const [k, text] of [TEXT, TEXT2, TEXT3].entries()) await recordObservation(db, occurrence({ handle: `h${i}`, text: `${text} ${i % 3}`, hashtags: [`Tag${k}`, `other${k}`] }), 'p', 1);
  const alone = await Promise.all(Array.from({ length: 30 }, (_, i) => accountCoordination(db, accountKey('x', `h${i}`))));
  return { db, alone };
}

describe('accountCoordination (through the indexes)', () => {
  it('finds copied text, a hashtag burst and a reused avatar for one account', async () => {
    const db = await openEvidenceDb(freshFactory());
    for (const h of ['a', 'b', 'c', 'd']) {
      await recordObservation(db, occurrence({ handle: h, text: h === 'd' ? `${TEXT}!!` : TEXT, hashtags: ['Tag1', 'tag2'], avatarUrl: `https://img/${h}.jpg` }), 'p', 1);
      await recordObservation(db, occurrence({ handle: h, text: TEXT2, hashtags: ['Tag3', 'tag4'], avatarUrl: `https://img/${h}.jpg` }), 'p', 1);
    }
    await recordObservation(db, occurrence({ handle: 'e', text: 'unrelated but long enough text about gardening and tomatoes', hashtags: [], avatarUrl: 'https://img/e.jpg' }), 'p', 1);
    await putImageResult(db, 'https://img/a.jpg', { verdict: verdict('s1', 'ffff0000ffff0000'), analysedAt: 1 });
    await putImageResult(db, 'https://img/b.jpg', { verdict: verdict('s2', 'ffff0000ffff000f'), analysedAt: 1 });
    await putImageResult(db, 'https://img/e.jpg', { verdict: verdict('s3', '0000ffff0000ffff'), analysedAt: 1 });
    expect((await findSimilarImages(db, 'ffff0000ffff0000', 6)).map((r) => [r.url, r.bits])).toEqual([['https://img/a.jpg', 0], ['https://img/b.jpg', 4]]);
    const ev = await accountCoordination(db, accountKey('x', 'a'));
    expect(ev.map((e) => [e.signal, e.count]).sort()).toEqual([['copied-text', 3], ['hashtag-burst', 3], ['reused-avatar', 1]]);
    expect(await accountCoordination(db, accountKey('x', 'e'))).toEqual([]);
    const snap = await loadCoordinationSnapshot(db, '2021-03-01', '2021-03-01');
    expect(snap.posts).toHaveLength(9);
    db.close();
  });

  it('links the same file by SHA-256 when the avatars have no phash', async () => {
    const db = await openEvidenceDb(freshFactory());
    for (const h of ['a', 'b']) await recordObservation(db, occurrence({ handle: h, text: `post by ${h} about nothing in particular`, hashtags: [], avatarUrl: `https://img/${h}.jpg` }), 'p', 1);
    for (const h of ['a', 'b']) await putImageResult(db, `https://img/${h}.jpg`, { verdict: { status: 'no-face', sha256: 'same-bytes', width: 1, height: 1, reasons: [], modelVersion: 'm', phash: null }, analysedAt: 1 });
    const ev = await accountCoordination(db, accountKey('x', 'a'));
    expect(ev.map((e) => [e.signal, e.count, e.reason])).toEqual([['reused-avatar', 1, 'Same profile picture as 1 other account (identical file)']]);
    db.close();
  });

  it('gives the same evidence when a batch shares its cache, and keeps every candidate post in it', async () => {
    const { db, alone } = await campaignOf30();
    const cache = new ObservationCache();
    const shared = [];
    for (let i = 0; i < 30; i++) shared.push(await accountCoordination(db, accountKey('x', `h${i}`), undefined, { posts: cache, keys: new Map() }));
    expect(shared).toEqual(alone);
    expect(alone[0]!.map((e) => [e.signal, e.count]).sort()).toEqual([['copied-text', 29], ['hashtag-burst', 29]]);
    expect(cache.size).toBe(90);
    db.close();
  });

  it('gives the same evidence when concurrent assessments share index lookups, querying each key once', async () => {
    const { db, alone } = await campaignOf30();
    const keys = new Map<string, Promise<number[]>>();
    const reads = { posts: new ObservationCache(), keys };
    const shared = await Promise.all(Array.from({ length: 30 }, (_, i) => accountCoordination(db, accountKey('x', `h${i}`), undefined, reads)));
    expect(shared).toEqual(alone);
    const distinctLsh = new Set((await db.getAll('observations')).flatMap((o) => o.lshKeys));
    expect(keys.size).toBe(distinctLsh.size + 3); // + the three tag sets of the day
    db.close();
  });

  it('never brings back a cached post that was deleted from the store', async () => {
    const db = await openEvidenceDb(freshFactory());
    for (const h of ['a', 'b', 'c', 'd']) for (const text of [TEXT, TEXT2]) await recordObservation(db, occurrence({ handle: h, text, hashtags: [] }), 'p', 1);
    const cache = new ObservationCache();
    expect((await accountCoordination(db, accountKey('x', 'a'), undefined, { posts: cache, keys: new Map() })).map((e) => e.count)).toEqual([3]);
    // What the dashboard's "Clear all data" does, from another context.
    const tx = db.transaction(['observations', 'accounts'], 'readwrite');
    await Promise.all([tx.objectStore('observations').clear(), tx.objectStore('accounts').clear(), tx.done]);
    await recordObservation(db, occurrence({ handle: 'a', text: TEXT, hashtags: [] }), 'p', 1);
    expect(cache.size).toBeGreaterThan(0);
    expect(await accountCoordination(db, accountKey('x', 'a'), undefined, { posts: cache, keys: new Map() })).toEqual([]);
    db.close();
  });

  it('reads no posts through the LSH keys of a text too short to count as copied', async () => {
    const db = await openEvidenceDb(freshFactory());
    for (let i = 0; i < 10; i++) await recordObservation(db, occurrence({ handle: `h${i}`, text: 'Thank you so much!', hashtags: [] }), 'p', 1);
    await recordObservation(db, occurrence({ handle: 'h0', text: TEXT, hashtags: [] }), 'p', 1);
    const reads = { posts: new ObservationCache(), keys: new Map<string, Promise<number[]>>() };
    expect(await accountCoordination(db, accountKey('x', 'h0'), undefined, reads)).toEqual([]);
    // Only the long text's 16 LSH keys were looked up, and only the account's own two posts read.
    expect([...reads.keys.keys()].every((k) => !k.includes('Thank'))).toBe(true);
    expect(reads.keys.size).toBe(16);
    expect(reads.posts.size).toBe(2);
    db.close();
  });

  it('between two equally large bursts, shows the first recorded (as the batch view does here), whatever order its lookups returned', async () => {
    const db = await openEvidenceDb(freshFactory());
    const post = (handle: string, day: string, hashtags: string[]) => occurrence({ handle, text: `short ${handle}`, hashtags, time: `${day}T10:00:00.000Z` });
    // The others post set Y on the 1st before set X on the 2nd; "a" posts X first, so its lookups return X first.
    for (const h of ['b', 'c', 'd']) await recordObservation(db, post(h, '2021-03-01', ['why', 'yes']), 'p', 1);
    for (const h of ['b', 'c', 'd']) await recordObservation(db, post(h, '2021-03-02', ['xray', 'xylo']), 'p', 1);
    await recordObservation(db, post('a', '2021-03-02', ['xray', 'xylo']), 'p', 1);
    await recordObservation(db, post('a', '2021-03-01', ['why', 'yes']), 'p', 1);
    const [burst] = await accountCoordination(db, accountKey('x', 'a'));
    const batch = computeCoordination(await loadCoordinationSnapshot(db, '2021-03-01', '2021-03-02')).get(accountKey('x', 'a'));
    expect(burst).toMatchObject({ signal: 'hashtag-burst', count: 3, day: '2021-03-01', shared: '#why #yes' });
    expect([burst]).toEqual(batch);
    db.close();
  });
});

