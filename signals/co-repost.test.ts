import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key';
import { findCoAction, itemWeight, type CoAct, type CoActionRules } from './co-action';
import { durationText, findCoReposts, repostItem, type Repost } from './co-repost';
import { mulberry32, randInt } from './testing/prng';

const MIN = 60_000;
const T0 = Date.parse('2026-11-02T08:00:00Z');
const rules: CoActionRules = { windowMs: 10 * MIN, minItems: 2, minWeight: 1.5, maxItemAccounts: 50, maxLinks: 3 };
const r = (h: string, item: string, minute: number, shownCount: number | null = null): Repost => ({ accountKey: accountKey('x', h), item, at: T0 + minute * MIN, shownCount });

describe('repostItem', () => {
  it('keys a retweet by its original id, or by its author and text when the id is missing or rounded', () => {
    expect(repostItem({ text: 'RT @bbc: Breaking news…', isRetweet: true, originalId: '1198490071219032064' })).toBe('id:1198490071219032064');
    const byText = repostItem({ text: 'RT @bbc: Breaking news about the storm https://t.co/abc', isRetweet: true, originalId: '1.1985e+18' });
    expect(byText).toMatch(/^text:bbc:/);
    // The same retweet cut at another length, another t.co link: the same original.
    expect(repostItem({ text: 'RT @BBC: Breaking news about the storm https://t.co/xyz' })).toBe(byText);
    // An archive row flagged as a retweet whose text is the original's (FiveThirtyEight's IRA columns).
    expect(repostItem({ text: 'Breaking news about the storm', isRetweet: true })).toMatch(/^text::/);
  });
  it('gives null for the account\'s own posts, quotes included', () => {
    expect(repostItem({ text: 'My own words about the storm', isRetweet: false })).toBeNull();
    expect(repostItem({ text: 'Look at this RT @bbc: storm', isRetweet: null })).toBeNull();
  });
});

describe('co-repost', () => {
  it('links accounts that repost the same rare posts within minutes, again and again', () => {
    const reposts = ['p1', 'p2', 'p3'].flatMap((item, k) => [r('army1', item, 100 * k), r('army2', item, 100 * k + 1), r('army3', item, 100 * k + 2)]);
    const out = findCoReposts(reposts, rules);
    expect([...out.keys()].sort()).toEqual(['x:army1', 'x:army2', 'x:army3']);
    const ev = out.get(accountKey('x', 'army1'))!;
    expect(ev).toMatchObject({ signal: 'co-repost', count: 2, posts: 3, days: 1, clusterSize: 3, cluster: 'x:army1', fired: true });
    expect(ev.reason).toBe('Reposted 3 of the same posts as 2 other accounts, each within 2 minutes, on 1 day (most: @army2, 3 posts)');
    expect(ev.score).toBeGreaterThanOrEqual(ev.threshold);
  });

  it('is not evidence: one viral post reposted by thousands, once', () => {
    const crowd = Array.from({ length: 3000 }, (_, i) => r(`fan${i}`, 'viral', i % 30));
    expect(findCoReposts(crowd, rules).size).toBe(0);
  });

  it('is not evidence: the same two posts reposted hours apart, or a single shared post', () => {
    const apart = [r('a', 'p1', 0), r('b', 'p1', 180), r('a', 'p2', 400), r('b', 'p2', 700)];
    expect(findCoReposts(apart, rules).size).toBe(0);
    expect(findCoReposts([r('a', 'p1', 0), r('b', 'p1', 1)], rules).size).toBe(0);
  });

  it('weighs a post by the repost count the page showed beside it (the browser sees a slice)', () => {
    const pair = (count: number | null) => ['p1', 'p2'].flatMap((item, k) => [r('a', item, 60 * k, count), r('b', item, 60 * k + 1, count)]);
    expect(findCoReposts(pair(null), rules).size).toBe(2);
    // 40,000 reposts beside each: two viral posts that two accounts happened to repost close together.
    expect(findCoReposts(pair(40_000), rules).size).toBe(0);
  });

  it('lists at most maxLinks partners, strongest first, and counts them all', () => {
    const items = ['p1', 'p2', 'p3', 'p4'];
    const reposts = items.flatMap((item, k) => ['hub', 's1', 's2', 's3', 's4', 's5'].map((h, j) => r(h, item, 50 * k + j)));
    reposts.push(r('s1', 'p5', 300), r('hub', 'p5', 301));
    const ev = findCoReposts(reposts, rules).get(accountKey('x', 'hub'))!;
    expect(ev.count).toBe(5);
    expect(ev.accounts).toHaveLength(3);
    expect(ev.accounts[0]).toBe('x:s1');
    expect(ev.truncated).toBe(true);
  });

  it('without repost times (the browser), asks for more repetition and says the time is unknown', () => {
    const untimed: CoActionRules = { ...rules, windowMs: Number.POSITIVE_INFINITY, minItems: 3, minWeight: 3 };
    const two = ['p1', 'p2'].flatMap((item, k) => [r('a', item, 1000 * k), r('b', item, 1000 * k + 700)]);
    expect(findCoReposts(two, untimed).size).toBe(0);
    const three = [...two, r('a', 'p3', 5000), r('b', 'p3', 9000)];
    expect(findCoReposts(three, untimed).get(accountKey('x', 'a'))?.reason).toBe('Reposted 3 of the same posts as 1 other account, seen on 3 days (most: @b, 3 posts); the page shows no time for a repost');
  });

  it('with `only`, gives that account exactly its entry of the full result', () => {
    const reposts = ['p1', 'p2'].flatMap((item, k) => [r('a', item, 10 * k), r('b', item, 10 * k + 1)]);
    expect(findCoReposts(reposts, rules, accountKey('x', 'b'))).toEqual(new Map([[accountKey('x', 'b'), findCoReposts(reposts, rules).get(accountKey('x', 'b'))]]));
  });
});

describe('co-action', () => {
  it('weighs a post shared by 2 accounts 1, by 16 accounts 0.25, and past the cap 0', () => {
    expect(itemWeight(2, rules)).toBe(1);
    expect(itemWeight(16, rules)).toBe(0.25);
    expect(itemWeight(51, rules)).toBe(0);
  });

  it('finds one cluster per connected group of qualifying pairs, whatever the order of the actions', () => {
    const rnd = mulberry32(5);
    const acts: CoAct[] = [];
    // Two separate groups of 6, each reposting 4 posts within 5 minutes; 300 others reposting at random.
    for (const g of ['a', 'b'])
      for (let k = 0; k < 4; k++) for (let j = 0; j < 6; j++) acts.push({ accountKey: accountKey('x', `${g}${j}`), item: `${g}-post${k}`, at: T0 + (1000 * k + randInt(rnd, 0, 5)) * MIN });
    for (let i = 0; i < 300; i++) acts.push({ accountKey: accountKey('x', `o${i}`), item: `post${randInt(rnd, 0, 40)}`, at: T0 + randInt(rnd, 0, 10_000) * MIN });
    const out = findCoAction(acts, { ...rules, minWeight: 1 });
    const clusters = new Set([...out.values()].map((a) => a.cluster));
    expect(clusters).toEqual(new Set(['x:a0', 'x:b0']));
    const shuffled = findCoAction([...acts].reverse(), { ...rules, minWeight: 1 });
    expect(new Set([...shuffled.values()].map((a) => a.cluster))).toEqual(clusters);
    expect([...shuffled.keys()].sort()).toEqual([...out.keys()].sort());
  });
});

describe('durationText', () => {
  it('says a window as a reader would', () => {
    expect(durationText(45_000)).toBe('45 seconds');
    expect(durationText(60_000)).toBe('1 minute');
    expect(durationText(600_000)).toBe('10 minutes');
    expect(durationText(3_600_000)).toBe('1 hour');
  });
});
