import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key';
import { matchKnown, parseAccountRef, parseKnownAccounts } from './known-accounts';

// Shape of Twitter's information-operations users CSV, with the awkward parts: quoted commas,
// quotes, a newline inside a description, and a hashed screen name (accounts < 5,000 followers).
const CSV = [
  'userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,user_profile_url,follower_count,following_count,account_creation_date,account_language',
  '123,"Li, Wei",LiWei12345678,Beijing,"He said ""hello""\nand left",,12,40,2020-01-02,zh-cn',
  '456,Amy,amy_news,,plain,,5000,1,2019-05-05,en',
  'FdvkZbS6sJHpRprVA1ALMSnyrLNlvNVEVYCSo7Uaqnk=,x,FdvkZbS6sJHpRprVA1ALMSnyrLNlvNVEVYCSo7Uaqnk=,,,,3,3,2020-01-01,en',
].join('\n');

describe('known accounts', () => {
  it('parses the Twitter IO users CSV, quotes and newlines included, skipping hashed names', () => {
    const list = parseKnownAccounts(`\ufeff${CSV}`, 'io-2021');
    expect(list.keys).toEqual([accountKey('x', 'liwei12345678'), accountKey('x', 'amy_news')]);
    expect(list.skipped).toEqual([{ at: 4, why: 'hashed or invalid screen name (cannot match a live account)' }]);
    expect(matchKnown([list], accountKey('x', 'LIWEI12345678'))).toMatchObject({ fired: true, reason: 'Listed in io-2021' });
    expect(matchKnown([list], accountKey('x', 'someone')).fired).toBe(false);
  });
  it('parses plain lists of handles and URLs for all three sites', () => {
    const list = parseKnownAccounts('# my list\n@Foo\nhttps://twitter.com/bar/status/1\nx.com/baz\nhttps://www.youtube.com/@Chan\nhttps://www.facebook.com/profile.php?id=1000\nfacebook:some.page\nnot a url at all\n');
    expect(list.keys).toEqual(['x:foo', 'x:bar', 'x:baz', 'youtube:chan', 'facebook:1000', 'facebook:some.page']);
    expect(list.skipped).toHaveLength(1);
  });
  it('rejects X paths that are not accounts', () => {
    expect(parseAccountRef('https://x.com/home')).toBeNull();
    expect(parseAccountRef('https://x.com/i/lists/1')).toBeNull();
    expect(parseAccountRef('https://example.com/foo')).toBeNull();
  });
});
