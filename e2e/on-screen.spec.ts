import { renderTimeline } from './fixtures/x-timeline';
import { HOME_POSTS } from './fixtures/x-scenario';
import { expect, test } from './support/fixtures';

/**
 * Badges for what is on screen: a post the page's style alone hides (display:none on an ancestor,
 * visibility:hidden; no hidden attribute, no ARIA) gets no badge, and the posts around it do. A post under
 * content-visibility:hidden is badged: Facebook hides its server-rendered parts that way until its scripts
 * show them, a change of style that no scan sees.
 */
test('posts hidden by CSS alone get no badge', async ({ page }) => {
  // Four posts without quotes: a badge per article.
  const [shown, after, gone, , veiled, pending] = HOME_POSTS;
  const html = renderTimeline([shown!, gone!, veiled!, after!, pending!]).replace(
    '</style>',
    '#timeline>[data-testid="cellInnerDiv"]:nth-child(2){display:none}#timeline>[data-testid="cellInnerDiv"]:nth-child(3) article{visibility:hidden}#timeline>[data-testid="cellInnerDiv"]:nth-child(5){content-visibility:hidden}</style>',
  );
  await page.route('https://x.com/css-hidden', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto('https://x.com/css-hidden');
  const badgeOf = (handle: string) => page.locator(`article:has(a[href="/${handle}"]) sockscope-badge`);
  await expect(badgeOf(shown!.handle)).toHaveCount(1);
  await expect(badgeOf(after!.handle)).toHaveCount(1);
  await expect(badgeOf(pending!.handle)).toHaveCount(1);
  // The shown posts are badged and settled: the scan that read the hidden two is over.
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  await expect(badgeOf(gone!.handle)).toHaveCount(0);
  await expect(badgeOf(veiled!.handle)).toHaveCount(0);
  await expect(page.locator('sockscope-badge')).toHaveCount(3);
});

/**
 * A post the page shows later by a change of class or style alone, no node added or removed (a "show more",
 * a tab, a script that unfolds a thread), gets its badge then.
 */
test('a post shown later by a class or style change gets its badge', async ({ page }) => {
  const [shown, folded, veiled] = HOME_POSTS;
  // The second cell folded by a class on the timeline (display:none), the third's article veiled by its style.
  let cell = 0;
  const html = renderTimeline([shown!, folded!, veiled!])
    .replace('<div id="timeline">', '<div id="timeline" class="folding">')
    .replace(/<div data-testid="cellInnerDiv"><div><div><article /g, (m) => (++cell === 3 ? m.replace('<article ', '<article style="visibility:hidden" ') : m))
    .replace('</style>', '#timeline.folding>[data-testid="cellInnerDiv"]:nth-child(2){display:none}</style>');
  await page.route('https://x.com/shown-later', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto('https://x.com/shown-later');
  const badgeOf = (handle: string) => page.locator(`article:has(a[href="/${handle}"]) sockscope-badge`);
  await expect(badgeOf(shown!.handle)).toHaveCount(1);
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  await expect(badgeOf(folded!.handle)).toHaveCount(0);
  await expect(badgeOf(veiled!.handle)).toHaveCount(0);
  await page.locator('#timeline').evaluate((el) => el.classList.remove('folding'));
  await expect(badgeOf(folded!.handle)).toHaveCount(1);
  await expect(badgeOf(veiled!.handle)).toHaveCount(0);
  await page.locator('article[style]').evaluate((el) => el.removeAttribute('style'));
  await expect(badgeOf(veiled!.handle)).toHaveCount(1);
});
