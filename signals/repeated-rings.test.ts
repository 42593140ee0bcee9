import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key';
import { hashtagSetKey, HASHTAG_BURST_DEFAULTS, type TagPost } from './hashtag-burst';
import { findRepeatedCopiedText, findRepeatedHashtagBursts } from './repeated-rings';
import { COPIED_TEXT_DEFAULTS, textFingerprint, type TextPost } from './text-similarity';

const A = 'Do you know him? Arrested in the night near the station. Contact his family and lawyers now';
const B = 'Western media keep lying about our region, the truth is that people here live happily and freely';
const post = (h: string, text: string, day = '2019-11-02'): TextPost => ({ accountKey: accountKey('x', h), day, ...textFingerprint(text) });
const tags = (h: string, t: string[], day = '2019-11-02'): TagPost => ({ accountKey: accountKey('x', h), day, tagsKey: hashtagSetKey(t) });

describe('copied text, repeated', () => {
  it('leaves alone one template that a few people post once (an activist appeal)', () => {
    expect(findRepeatedCopiedText(['a', 'b', 'c', 'd'].map((h) => post(h, A)), COPIED_TEXT_DEFAULTS).size).toBe(0);
  });
  it('leaves alone a text that 655 accounts posted, on two days', () => {
    const crowd = Array.from({ length: 655 }, (_, i) => [post(`u${i}`, B), post(`u${i}`, B, '2019-11-03')]).flat();
    expect(findRepeatedCopiedText(crowd, COPIED_TEXT_DEFAULTS).size).toBe(0);
  });
  it('flags the same accounts posting two texts together, and says what was measured', () => {
    const ring = ['a', 'b', 'c', 'd'].flatMap((h) => [post(h, A), post(h, `${B} 🙏`, '2019-11-03')]);
    const out = findRepeatedCopiedText(ring, COPIED_TEXT_DEFAULTS);
    expect([...out.keys()].sort()).toEqual(['x:a', 'x:b', 'x:c', 'x:d']);
    expect(out.get(accountKey('x', 'a'))?.reason).toMatch(/^Posted 2 texts that 3 other accounts also posted, the same or nearly, on 2 days \(most: @b, 2 texts\): “/);
  });
});

describe('hashtag bursts, repeated', () => {
  it('flags a set used by the same accounts on two days, not on one', () => {
    const set = ['StopTheLies', 'XinjiangCotton'];
    const once = ['a', 'b', 'c', 'd'].map((h) => tags(h, set));
    expect(findRepeatedHashtagBursts(once, HASHTAG_BURST_DEFAULTS).size).toBe(0);
    const twice = [...once, ...['a', 'b', 'c', 'd'].map((h) => tags(h, set, '2019-11-03'))];
    const out = findRepeatedHashtagBursts(twice, HASHTAG_BURST_DEFAULTS);
    expect(out.get(accountKey('x', 'a'))).toMatchObject({ signal: 'hashtag-burst', count: 3, shared: '#stopthelies #xinjiangcotton' });
    expect(out.get(accountKey('x', 'a'))?.reason).toBe('Used the same hashtag sets as 3 other accounts 2 times, on 2 days (most: @b), e.g. #stopthelies #xinjiangcotton on 2019-11-02');
  });
});
