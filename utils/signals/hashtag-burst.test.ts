import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key.ts';
import { findHashtagBursts, hashtagSetKey, type TagPost } from './hashtag-burst.ts';

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
});
