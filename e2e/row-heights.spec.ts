import type { Page } from '@playwright/test';
import { hasShared } from '../utils/testing/shared-data';
import { openSavedPage, SAVED_PAGES } from './support/saved-pages';
import { expect, test } from './support/fixtures';

/** The rows a reader scans, per site: a post, a comment, a user cell, a feed item. */
const ROWS = [
  '[data-testid="UserCell"]',
  'article',
  'ytd-rich-item-renderer',
  'ytd-comment-renderer',
  'ytd-video-renderer',
  'ytd-grid-video-renderer',
  'yt-lockup-view-model',
  'ytd-video-owner-renderer',
  '[role="article"]',
  '[aria-posinset]',
].join(', ');

/** Each badge's line (the element it sits in) and row, measured; then measured again without the badges. */
async function heightsWithAndWithout(page: Page): Promise<{ where: string; line: [number, number]; row: [number, number] }[]> {
  return page.evaluate((rowSel) => {
    const hosts = [...document.querySelectorAll('sockscope-badge')];
    const boxes = hosts.map((h) => ({ where: (h.parentElement?.textContent ?? '').trim().slice(0, 40), line: h.parentElement!, row: h.parentElement!.closest(rowSel) ?? h.parentElement! }));
    const with_ = boxes.map((b) => [b.line.getBoundingClientRect().height, b.row.getBoundingClientRect().height]);
    // The same page without the extension's marks: its own layout.
    hosts.forEach((h) => (h as HTMLElement).style.setProperty('display', 'none', 'important'));
    const without = boxes.map((b) => [b.line.getBoundingClientRect().height, b.row.getBoundingClientRect().height]);
    hosts.forEach((h) => (h as HTMLElement).style.removeProperty('display'));
    return boxes.map((b, i) => ({ where: b.where, line: [with_[i]![0]!, without[i]![0]!] as [number, number], row: [with_[i]![1]!, without[i]![1]!] as [number, number] }));
  }, ROWS);
}

test.describe('badges never change a row\'s height (real saved pages of ../shared)', () => {
  test.skip(!hasShared(), '../shared is missing');
  for (const c of SAVED_PAGES) {
    test(`${c.layout}`, async ({ context }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await openSavedPage(page, c);
      await expect.poll(() => page.locator('sockscope-badge').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      // Every badge rendered (its state may still change: the width stays within the line).
      await expect.poll(() => page.locator('sockscope-badge').evaluateAll((hs) => hs.every((h) => h.shadowRoot?.querySelector('button') != null))).toBe(true);
      const rows = await heightsWithAndWithout(page);
      const grown = rows.filter((r) => r.line[0] > r.line[1] + 0.5 || r.row[0] > r.row[1] + 0.5);
      expect(grown, `${rows.length} badges; rows that grew`).toEqual([]);
    });
  }
});
