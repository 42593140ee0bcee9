import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../utils/dom/parse-html';
import { youtubeAdapter } from '../sites/youtube/adapter';
import { facebookAdapter } from '../sites/facebook/adapter';
import type { SiteAdapter } from '../sites/types';
import { expect, test } from './support/fixtures';

/** How many badges the page should get: the adapter's authors that have a place for a badge. */
function expectedBadges(adapter: SiteAdapter, file: string, url: string): number {
  const doc = parseHtml(readFileSync(resolve(import.meta.dirname, '..', file), 'utf8'));
  return adapter.find(doc, url).filter((f) => f.anchor !== null).length;
}

const PAGES = [
  { name: 'YouTube comments (ytd-comment-view-model)', url: 'https://www.youtube.com/watch?v=fixture0001', adapter: youtubeAdapter, file: 'sites/youtube/fixtures/comment-view-model-2025.html' },
  { name: 'YouTube home (yt-lockup-view-model)', url: 'https://www.youtube.com/', adapter: youtubeAdapter, file: 'sites/youtube/fixtures/lockup-view-model-2025.html' },
  { name: 'Facebook group post with comments (RTL)', url: 'https://www.facebook.com/groups/fixture', adapter: facebookAdapter, file: 'sites/facebook/fixtures/group-post-comments-rtl-2024.html' },
];

for (const p of PAGES) {
  test(`${p.name}: every author gets a badge with a result`, async ({ page }) => {
    const n = expectedBadges(p.adapter, p.file, p.url);
    expect(n).toBeGreaterThan(0);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(p.url);
    await expect(page.locator('sockscope-badge')).toHaveCount(n);
    await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
    const states = await page.locator('sockscope-badge button.badge').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-state')));
    // Avatars are served (real faces), so at least one must have been analysed rather than failed.
    expect(states.some((s) => s === 'low' || s === 'medium' || s === 'high' || s === 'no-face')).toBe(true);
    expect(errors).toEqual([]);
  });
}
