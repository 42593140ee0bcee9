import { youtubeAdapter } from '../../sites/youtube/adapter';
import { facebookAdapter } from '../../sites/facebook/adapter';
import { SITE_GAN_AVATARS } from '../fixtures/site-gan-avatars';
import { badgeOf, waitSettled } from './support/badges';
import { expectedBadges } from './support/expected-badges';
import { expect, test } from './support/fixtures';

const PAGES = [
  { name: 'YouTube comments (ytd-comment-view-model)', url: 'https://www.youtube.com/watch?v=fixture0001', adapter: youtubeAdapter, file: 'sites/youtube/fixtures/comment-view-model-2025.html', gan: 'maple-drift' },
  { name: 'YouTube home (yt-lockup-view-model)', url: 'https://www.youtube.com/', adapter: youtubeAdapter, file: 'sites/youtube/fixtures/lockup-view-model-2025.html', gan: 'moon-pull' },
  { name: 'Facebook group post with comments (RTL)', url: 'https://www.facebook.com/groups/fixture', adapter: facebookAdapter, file: 'sites/facebook/fixtures/group-post-comments-rtl-2024.html', gan: 'sami.haddad.77' },
];

for (const p of PAGES) {
  test(`Firefox, ${p.name}: every author gets a badge with a result, the StyleGAN face is flagged`, async ({ tab, pageErrors }) => {
    expect(SITE_GAN_AVATARS.map((a) => a.author)).toContain(p.gan);
    const n = expectedBadges(p.adapter, p.file, p.url);
    expect(n).toBeGreaterThan(1);
    await tab.goto(p.url);
    const all = await waitSettled(tab, n);
    expect(badgeOf(all, p.gan)?.state, JSON.stringify(all)).toMatch(/^(medium|high)$/);
    // The other avatars are ordinary photos: at least one of them analysed, not failed.
    const others = all.filter((b) => b !== badgeOf(all, p.gan));
    expect(others.some((b) => ['low', 'medium', 'high', 'no-face'].includes(b.state)), JSON.stringify(all)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
}
