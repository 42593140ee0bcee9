import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key';
import { estimateJaccard, LSH_ROWS, lshKeys, MINHASH_SIZE, minhash, shingles } from './minhash';
import { normaliseText, textHash } from './normalise-text';
import { findCopiedText, textFingerprint, type TextPost } from './text-similarity';

const BASE = 'Western media keep lying about our region, the truth is that people here live happily and freely';
const post = (h: string, text: string, day = '2021-03-01'): TextPost => ({ accountKey: accountKey('x', h), day, ...textFingerprint(text) });

describe('normaliseText', () => {
  it('folds width and case, strips URLs, mentions and invisible characters', () => {
    expect(normaliseText('Ｈｅｌｌｏ\u200b  @bob_1 WORLD https://t.co/abc www.x.com/y')).toBe('hello world');
    expect(normaliseText('mail me: a@b.com')).toBe('mail me: a@b.com');
  });
  it('hashes equal texts equally', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
  });
});

describe('MinHash', () => {
  it('estimates Jaccard within ±0.15 of the exact value', () => {
    const a = shingles(normaliseText(BASE));
    const b = shingles(normaliseText(BASE.replace('happily', 'joyfully')));
    const exact = [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    expect(Math.abs(estimateJaccard(minhash(a), minhash(b)) - exact)).toBeLessThan(0.15);
  });
  it('gives ≈ 0 for unrelated texts and 16 LSH keys', () => {
    const sa = minhash(shingles(normaliseText(BASE)));
    expect(estimateJaccard(sa, minhash(shingles('completely different words about football and weather today')))).toBeLessThan(0.1);
    expect(lshKeys(sa)).toHaveLength(16);
  });
});

describe('findCopiedText', () => {
  it('flags ≥ 3 accounts posting edited copies on one day, with the others listed', () => {
    const out = findCopiedText([
      post('a', BASE),
      post('b', `${BASE} 🙏 https://t.co/xyz`),
      post('c', BASE.toUpperCase()),
      post('d', 'Something else entirely, long enough to be considered for matching at all'),
      post('e', BASE, '2021-03-02'), // another day
    ]);
    expect([...out.keys()].sort()).toEqual(['x:a', 'x:b', 'x:c']);
    expect(out.get(accountKey('x', 'a'))).toMatchObject({ count: 2, accounts: ['x:b', 'x:c'], day: '2021-03-01' });
  });
  it('ignores two accounts only, the same account twice, and short texts', () => {
    expect(findCopiedText([post('a', BASE), post('b', BASE), post('b', BASE)]).size).toBe(0);
    expect(findCopiedText([post('a', 'so true!!'), post('b', 'so true!!'), post('c', 'so true!!')]).size).toBe(0);
  });
  it('stays fast on 10k templated posts plus a 1,000-account ring (LSH, not all pairs)', () => {
    const posts = Array.from({ length: 10_000 }, (_, i) => post(`u${i % 2000}`, `post number ${i} about topic ${i % 97} with some filler words ${i * 7}`));
    const ring = Array.from({ length: 1000 }, (_, i) => post(`ring${i}`, i % 2 ? BASE : `${BASE}!!`));
    const t0 = performance.now();
    const out = findCopiedText([...posts, ...ring]);
    const ms = performance.now() - t0;
    console.log(`[text] findCopiedText on 11,000 posts: ${ms.toFixed(0)} ms`);
    expect(out.get(accountKey('x', 'ring0'))?.count).toBe(999);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('findCopiedText, a paraphrase close only to a later member of a group', () => {
  // Signatures made by hand (64 values, 16 LSH bands of 4): `edit` changes whole bands of another signature.
  const base = Array.from({ length: MINHASH_SIZE }, (_, i) => i);
  const edit = (sig: number[], bands: number[], tag: number): number[] => sig.map((v, i) => (bands.includes(Math.floor(i / LSH_ROWS)) ? tag * 1000 + i : v));
  const made = (h: string, signature: number[]): TextPost => ({ accountKey: accountKey('x', h), day: '2021-03-01', length: 100, hash: `hash-${h}`, signature, excerpt: h });
  const r = base;
  const q = edit(base, [0, 1, 2], 1); // J(q, r) = 52/64
  const s = edit(q, [5, 6, 7], 2); // J(s, q) = 52/64, J(s, r) = 40/64
  const p = edit(q, [3], 3); // J(p, q) = 60/64, but J(p, r) = J(p, s) = 48/64
  it('links it: every bucket p shares with q starts with another member of q\'s group', () => {
    expect(estimateJaccard(p, q)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(estimateJaccard(p, r), estimateJaccard(p, s))).toBeLessThan(0.8);
    // In this order the first pass puts r, s and q in one group and compares p only with r and s.
    const out = findCopiedText([made('r', r), made('s', s), made('q', q), made('p', p)]);
    expect(out.get(accountKey('x', 'p'))).toMatchObject({ count: 3, accounts: ['x:q', 'x:r', 'x:s'] });
    expect(out.get(accountKey('x', 'r'))?.count).toBe(3);
  });
  it('looks in the buckets fewest posts share first, so a crowd of other texts does not use up its look', () => {
    // The same shape on the last bands, after 70 texts (48/64 like p) that crowd the buckets of its first bands.
    const q2 = edit(base, [13, 14, 15], 1);
    const s2 = edit(q2, [8, 9, 10], 2);
    const p2 = edit(q2, [12], 3);
    const crowd = Array.from({ length: 70 }, (_, k) => made(`c${k}`, edit(base, [10, 11, 12, 13, 14, 15], 10 + k)));
    const out = findCopiedText([...crowd, made('r', base), made('s', s2), made('q', q2), made('p', p2)]);
    expect(out.get(accountKey('x', 'p'))).toMatchObject({ count: 3, accounts: ['x:q', 'x:r', 'x:s'] });
    expect(out.has(accountKey('x', 'c0'))).toBe(false);
  });
  it('still leaves alone a text close to none of them', () => {
    const far = edit(base, [0, 1, 2, 3], 4); // J = 48/64 with r and q, and shares no edited band with either
    const out = findCopiedText([made('r', r), made('s', s), made('q', q), made('f', far)]);
    expect(out.has(accountKey('x', 'f'))).toBe(false);
    expect(out.get(accountKey('x', 'r'))?.count).toBe(2);
  });
});

describe('findCopiedText, a big ring', () => {
  it('lists it capped at maxListed, sorted, without the account itself, each account in its largest group', () => {
    const handles = Array.from({ length: 25 }, (_, i) => `h${String(i).padStart(2, '0')}`);
    const posts = [...handles].reverse().map((h) => post(h, BASE));
    // h03 also posted another text with only two others: its evidence stays the big ring.
    posts.push(...['h03', 'z1', 'z2'].map((h) => post(h, 'A different message entirely, shared by only three accounts today')));
    const out = findCopiedText(posts);
    expect(out.get(accountKey('x', 'h03'))).toMatchObject({ count: 24, truncated: true });
    expect(out.get(accountKey('x', 'h03'))?.accounts).toEqual([...handles.slice(0, 3), ...handles.slice(4, 21)].map((h) => accountKey('x', h)));
    expect(out.get(accountKey('x', 'z1'))).toMatchObject({ count: 2, truncated: false, accounts: ['x:h03', 'x:z2'] });
  });
  it('with `only`, gives that account the evidence it has among all, and no other account any', () => {
    const posts = ['a', 'b', 'c', 'd'].map((h) => post(h, BASE));
    const one = findCopiedText(posts, undefined, accountKey('x', 'b'));
    expect([...one.keys()]).toEqual(['x:b']);
    expect(one.get(accountKey('x', 'b'))).toEqual(findCopiedText(posts).get(accountKey('x', 'b')));
  });
  it('reuses a grouping only for the very same posts', () => {
    const ring = ['a', 'b', 'c'].map((h) => post(h, BASE));
    const other = post('d', 'a completely different sentence about football, the weather and the match today');
    const first = findCopiedText([...ring, other]);
    expect(first.get(accountKey('x', 'a'))?.count).toBe(2);
    // Same objects in a new array: the same answer (from the recent grouping).
    expect(findCopiedText([...ring, other])).toEqual(first);
    // Same length, one post swapped for a fourth copy: a new grouping, not the recent one.
    expect(findCopiedText([...ring, post('e', BASE)]).get(accountKey('x', 'a'))?.count).toBe(3);
    // The same texts as new objects (as read afresh from the store) give the same answer too.
    expect(findCopiedText([...ring.map((p) => ({ ...p })), other])).toEqual(first);
  });
});

