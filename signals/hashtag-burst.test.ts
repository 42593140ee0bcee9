import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key';
import { findHashtagBursts, hashtagSetKey, type TagPost } from './hashtag-burst';

const p = (h: string, tags: string[], day = '2021-03-01'): TagPost => ({ accountKey: accountKey('x', h), day, tagsKey: hashtagSetKey(tags) });

describe('hashtag bursts', () => {
  it('keys a set order- and case-insensitively, and needs ≥ 2 tags', () => {
    expect(hashtagSetKey(['Xinjiang', '#cotton'])).toBe(hashtagSetKey(['COTTON', 'xinjiang', 'cotton']));
    expect(hashtagSetKey(['one', 'One'])).toBeNull();
  });
  it('flags ≥ 4 accounts with the same set on one day only', () => {
    const tags = ['XinjiangCotton', 'StopTheLies'];
    const out = findHashtagBursts([p('a', tags), p('b', [...tags].reverse()), p('c', tags), p('d', tags.map((t) => t.toLowerCase())), p('e', tags, '2021-03-02'), p('f', [...tags, 'extra'])]);
    expect([...out.keys()].sort()).toEqual(['x:a', 'x:b', 'x:c', 'x:d']);
    expect(out.get(accountKey('x', 'a'))?.reason).toBe('Used the same hashtags (#stopthelies #xinjiangcotton) as 3 other accounts on 2021-03-01');
    expect(findHashtagBursts([p('a', tags), p('b', tags), p('c', tags)]).size).toBe(0);
  });
  it('lists a big burst capped at maxListed, sorted, without the account itself', () => {
    const tags = ['XinjiangCotton', 'StopTheLies'];
    const handles = Array.from({ length: 25 }, (_, i) => `h${String(i).padStart(2, '0')}`);
    const out = findHashtagBursts([...handles].reverse().map((h) => p(h, tags)));
    const first = out.get(accountKey('x', 'h00'));
    expect(first?.count).toBe(24);
    expect(first?.truncated).toBe(true);
    expect(first?.accounts).toEqual(handles.slice(1, 21).map((h) => accountKey('x', h)));
    expect(out.get(accountKey('x', 'h05'))?.accounts).toEqual([...handles.slice(0, 5), ...handles.slice(6, 21)].map((h) => accountKey('x', h)));
    expect(findHashtagBursts(handles.slice(0, 6).map((h) => p(h, tags))).get(accountKey('x', 'h03'))).toMatchObject({ count: 5, truncated: false, accounts: ['x:h00', 'x:h01', 'x:h02', 'x:h04', 'x:h05'] });
  });
  it('with `only`, gives that account the evidence it has among all, and no other account any', () => {
    const tags = ['XinjiangCotton', 'StopTheLies'];
    const posts = ['a', 'b', 'c', 'd', 'e'].map((h) => p(h, tags));
    const all = findHashtagBursts(posts);
    const one = findHashtagBursts(posts, undefined, accountKey('x', 'c'));
    expect([...one.keys()]).toEqual(['x:c']);
    expect(one.get(accountKey('x', 'c'))).toEqual(all.get(accountKey('x', 'c')));
    expect(findHashtagBursts(posts, undefined, accountKey('x', 'zz')).size).toBe(0);
  });
  it('counts the users of a tag across every set that holds it that day (cohesion)', () => {
    const burst = ['a', 'b', 'c', 'd'].map((h) => p(h, ['news', 'breaking']));
    // Each tag of the pair has 4 more users in other sets: 4 of its 8 users used the pair, 0.5, still cohesive.
    const others = ['e', 'f', 'g', 'h'].flatMap((h, i) => [p(h, ['news', `other${i}`]), p(`${h}2`, ['breaking', `more${i}`])]);
    expect(findHashtagBursts([...burst, ...others]).size).toBe(4);
    // One more user of each tag makes it 4 of 9: a popular pair, not a burst. On another day they do not count.
    const more = [p('i', ['news', 'sport']), p('j', ['breaking', 'sport'])];
    expect(findHashtagBursts([...burst, ...others, ...more]).size).toBe(0);
    expect(findHashtagBursts([...burst, ...others, ...more.map((m) => ({ ...m, day: '2021-03-02' }))]).size).toBe(4);
  });
  it('between two equally large bursts of an account, keeps the one seen first', () => {
    const [one, two] = [['alpha', 'beta'], ['gamma', 'delta']];
    // The later day's burst comes first in the posts, after a post of the earlier day (grouping by day first
    // would put both of that day's sets ahead).
    const posts = [p('z', ['some', 'set']), ...['a', 'b', 'c', 'd'].map((h) => p(h, two, '2021-03-02')), ...['a', 'b', 'c', 'd'].map((h) => p(h, one))];
    expect(findHashtagBursts(posts).get(accountKey('x', 'a'))).toMatchObject({ day: '2021-03-02', shared: '#delta #gamma' });
    expect(findHashtagBursts(posts, undefined, accountKey('x', 'a')).get(accountKey('x', 'a'))).toMatchObject({ day: '2021-03-02' });
  });
});
