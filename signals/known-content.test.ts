import { describe, expect, it } from 'vitest';
import { knownTweetOf, parseHashtagCell } from './io-tweets';
import { matchKnownContent, type OwnPost } from './known-content';
import { hashtagSetKey } from './hashtag-burst';
import { textFingerprint } from './text-similarity';

const TEMPLATE = 'The so-called independent media keep hiding the truth about the elections, wake up people';
const row = (over: Record<string, string>, n = 1) => knownTweetOf({ tweetid: `9${n}`, userid: `u${n}`, user_screen_name: `net_${n}`, tweet_time: '2019-03-02 10:00', tweet_text: TEMPLATE, hashtags: '[]', is_retweet: 'False', ...over }, 'io_tweets.csv', n);
const own = (text: string, tags: string[] = []): OwnPost => {
  const fp = textFingerprint(text);
  return { textLength: fp.length, minhash: fp.signature, tagsKey: hashtagSetKey(tags) ?? undefined };
};

describe('known-content', () => {
  it('cites the archive row of a near-copy', () => {
    const t = row({});
    const r = matchKnownContent([own(`${TEMPLATE}!!`)], [t!], [], []);
    expect(r.fired).toBe(true);
    expect(r.score).toBe(0.75);
    expect(r.reason).toMatch(/near-copy of a tweet by @net_1 on 2019-03-02 \(io_tweets\.csv row 1, tweet 91\)/);
  });

  it('gives full strength for two copied rows, or two kinds of match', () => {
    const t1 = row({}, 1);
    const t2 = row({ tweet_text: 'Another network line about the rigged vote and the lying western press today' }, 2);
    const r = matchKnownContent([own(TEMPLATE), own('Another network line about the rigged vote and the lying western press today')], [t1!, t2!], [], []);
    expect(r.score).toBe(1);
    const pic = matchKnownContent([own(TEMPLATE)], [t1!], ['ffff0000ffff0000'], [{ source: 'media', file: 'u1.jpg', phash: 'ffff0000ffff0003' }]);
    expect(pic.score).toBe(1);
    expect(pic.reason).toMatch(/same picture as u1\.jpg \(media\)/);
  });

  it('counts a hashtag set only when two or more archive accounts used it', () => {
    const a = row({ tweet_text: 'short', hashtags: '[Brexit, FakeNews]' }, 1);
    const b = row({ tweet_text: 'short', hashtags: "['brexit', 'fakenews']" }, 2);
    const mine = [own('hello', ['fakenews', 'BREXIT'])];
    expect(matchKnownContent(mine, [a!], [], []).fired).toBe(false);
    const both = matchKnownContent(mine, [a!, b!], [], []);
    expect(both.score).toBe(0.5);
    expect(both.reason).toMatch(/hashtag set #brexit #fakenews \(used by 2 of its accounts/);
  });

  it('keeps no retweets, no short texts without tags, and reads the hashtags cell in its several spellings', () => {
    expect(row({ is_retweet: 'True' })).toBeNull();
    expect(row({ tweet_text: 'RT @someone: a long enough retweeted text to be compared with other posts' })).toBeNull();
    expect(row({ tweet_text: 'too short' })).toBeNull();
    expect(parseHashtagCell("['a', 'b']", null)).toEqual(['a', 'b']);
    expect(parseHashtagCell('', 'text #one and #two')).toEqual(['one', 'two']);
    expect(row({ tweet_time: '' })?.time).toBeNull();
  });

  it('does not match a different text or a short one', () => {
    const r = matchKnownContent([own('A completely unrelated post about baking bread at the weekend with my kids'), own('wake up')], [row({})!], [], []);
    expect(r.fired).toBe(false);
    expect(r.matches).toEqual([]);
  });
});
