import { describe, expect, it } from 'vitest';
import { loadSavedPage } from '../utils/dom/saved-page';
import { parseHtml } from '../utils/dom/parse-html';
import { hasShared, sharedPath } from '../utils/testing/shared-data';
import { renderXProfile, renderYoutubeChannel, TRUTH_2024, X_USER_ID, YT_AVATAR_URL, YT_CHANNEL } from '../e2e/fixtures/investigation';
import { avatarUrl } from '../e2e/fixtures/x-timeline';
import { xAdapter } from './x/adapter';
import { xStateUsers } from './x/account-id';
import { youtubeAdapter } from './youtube/adapter';
import { youtubeChannelIds } from './youtube/channel-ids';
import { facebookAdapter } from './facebook/adapter';

describe.skipIf(!hasShared())('rename-proof account ids on real saved pages', () => {
  it('X: the page state names the logged-in user with id and creation date (2021 and Feb 2025 homes)', async () => {
    const old = await loadSavedPage(sharedPath('data/dom/x/dasa1341__hwresem2.github.io__Home___Twitter.html'));
    expect([...xStateUsers(old.document)]).toEqual([['dasa_thota', { id: '869493370166665216', createdAt: '2017-05-30T09:59:08.000Z' }]]);
    const now = await loadSavedPage(sharedPath('data/dom/x/ibbi__twooter__Home___X.html'));
    expect([...xStateUsers(now.document).values()].map((u) => u.id)).toEqual(['1747092272481718272']);
    // The viewer posts nothing on these timelines, so no author gets an id from it.
    expect(xAdapter.find(now.document, now.pageUrl).filter((f) => f.data.accountId)).toHaveLength(0);
  });

  it('YouTube: ytInitialData pairs channel ids with handles on the 2018, 2021 and 2025 saves; MHTML keeps none', async () => {
    const counts: Record<string, [number, number, number]> = {
      'ris58h__blog-skipper__youtube.html': [16, 36, 16],
      'one-qwentry__one-qwentry.github.io___1_YouTube.html': [24, 21, 21],
      'rami10131__ggmlt___1_YouTube.html': [28, 34, 34],
      'crishernandez083__youtube__YouTube.mhtml': [0, 23, 5],
    };
    for (const [file, [pairs, withHandle, withId]] of Object.entries(counts)) {
      const page = await loadSavedPage(sharedPath('data/dom/youtube', file), 'youtube');
      const found = youtubeAdapter.find(page.document, page.pageUrl);
      expect([youtubeChannelIds(page.document).size, found.filter((f) => f.data.handle).length, found.filter((f) => f.data.accountId).length], file).toEqual([pairs, withHandle, withId]);
      for (const f of found) if (f.data.accountId) expect(f.data.accountId).toMatch(/^UC[\w-]{22}$/);
    }
    const home = await loadSavedPage(sharedPath('data/dom/youtube/one-qwentry__one-qwentry.github.io___1_YouTube.html'), 'youtube');
    expect(youtubeAdapter.find(home.document, home.pageUrl).find((f) => f.data.handle === 'nedohackerslite')?.data.accountId).toBe('UCz0eRI3XiQ3gzPyuc416AyQ');
  });

  it('Facebook: numeric profile links give the id, vanity slugs none', async () => {
    const want: Record<string, number> = {
      'apankowski__garcon__real-page-a-text-story-with-image.html': 1,
      'marcesand__PARCIALII___1_Facebook.html': 1,
      'salim29056__checkpoint___20_Facebook.html': 3,
      'samiri4615__protfolio___20_Facebook.html': 0,
      'sudhirbarik2__ReactPortfolio___1_Facebook.html': 1,
    };
    for (const [file, n] of Object.entries(want)) {
      const page = await loadSavedPage(sharedPath('data/dom/facebook', file), 'facebook');
      const found = facebookAdapter.find(page.document, page.pageUrl);
      expect(found.filter((f) => f.data.accountId).length, file).toBe(n);
      for (const f of found) if (f.data.accountId) expect(f.data.accountId).toBe(f.data.handle);
    }
  });
});

describe('rename-proof ids on our fixtures of live markup', () => {
  it('X profile: the banner names the id and "Joined" the month; the posts below share the id', () => {
    const doc = parseHtml(renderXProfile(TRUTH_2024, avatarUrl));
    const found = xAdapter.find(doc, 'https://x.com/truth_now_24');
    const header = found.find((f) => f.data.kind === 'profile');
    expect(header?.data).toMatchObject({ handle: 'truth_now_24', accountId: X_USER_ID, joined: '2011-03' });
    expect(found.filter((f) => f.data.handle === 'truth_now_24').every((f) => f.data.accountId === X_USER_ID)).toBe(true);
    expect(found.find((f) => f.data.handle === 'ira_news_77')?.data.accountId).toBeUndefined();
  });

  it('YouTube channel: the @handle gets the UC id its page data names', () => {
    const doc = parseHtml(renderYoutubeChannel(YT_AVATAR_URL));
    expect(youtubeAdapter.find(doc, 'https://www.youtube.com/@pravda_segodnya')[0]?.data).toMatchObject({ handle: YT_CHANNEL.handle, accountId: YT_CHANNEL.channelId });
  });
});
