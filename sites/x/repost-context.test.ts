import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../utils/dom/parse-html';
import { loadSavedPage } from '../../utils/dom/saved-page';
import { hasShared, sharedPath } from '../../utils/testing/shared-data';
import { xAdapter } from './adapter';
import { countOf } from './repost-context';

describe('the repost line of an X post', () => {
  it('reads the count X shows in the repost button label', () => {
    expect(countOf('2 reposts. Repost')).toBe(2);
    expect(countOf('1,204 reposts. Repost')).toBe(1204);
    expect(countOf('12.5K reposts. Repost')).toBe(12_500);
    expect(countOf('Repost')).toBeNull();
  });

  it('records who reposted, and leaves the post its author\'s', () => {
    const doc = parseHtml(`<article data-testid="tweet">
      <a href="/net_anna"><span data-testid="socialContext">Anna reposted</span></a>
      <div data-testid="User-Name"><a href="/origin"><span>Origin</span></a><a href="/origin"><span>@origin</span></a>
        <a href="/origin/status/1700000000000000001"><time datetime="2026-11-30T10:00:00.000Z">Nov 30</time></a></div>
      <div data-testid="tweetText">The original text, as its author wrote it.</div>
      <button data-testid="retweet" aria-label="37 reposts. Repost"></button></article>`);
    const [post] = xAdapter.find(doc, 'https://x.com/home');
    expect(post?.data.handle).toBe('origin');
    expect(post?.data.repost).toEqual({ by: 'net_anna', byName: 'Anna', postId: '1700000000000000001', author: 'origin', shownCount: 37 });
  });

  it('records nothing for "liked" lines or posts shown for their own sake', () => {
    const doc = parseHtml(`<article data-testid="tweet"><a href="/bob"><span data-testid="socialContext">Bob liked</span></a>
      <div data-testid="User-Name"><a href="/origin"><span>Origin</span></a></div><div data-testid="tweetText">Hello there</div></article>`);
    expect(xAdapter.find(doc, 'https://x.com/home')[0]?.data.repost).toBeUndefined();
  });

  it.skipIf(!hasShared())('reads the repost line of a real saved status page', async () => {
    const page = await loadSavedPage(sharedPath('data/dom/x', 'beala__mnemosyne__tweet_with_card_only.html'));
    const reposts = xAdapter.find(page.document, page.pageUrl).flatMap((f) => (f.data.repost ? [f.data] : []));
    expect(reposts).toHaveLength(1);
    expect(reposts[0]?.repost).toMatchObject({ by: 'mattyglesias', byName: 'Matthew Yglesias', shownCount: 2 });
    expect(reposts[0]?.handle).not.toBe('mattyglesias');
  });
});
