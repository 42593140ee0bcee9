import { expect, test } from './support/fixtures';
import { badgeButton, badgeOf, waitSettled } from './support/badges';
import { HOME_POSTS } from '../fixtures/x-scenario';

/** Every author on the home fixture: posts plus quoted authors. */
const AUTHORS = HOME_POSTS.flatMap((p) => [p.handle, ...(p.quote ? [p.quote.handle] : [])]);

test('x.com in Firefox: a badge per author, StyleGAN faces flagged, real photos low, bad images say why', async ({ tab, pageErrors }) => {
  await tab.goto('https://x.com/home');
  const all = await waitSettled(tab, AUTHORS.length);
  for (const h of AUTHORS) expect(all.filter((b) => b.label.includes(`(@${h})`)), h).toHaveLength(1);
  for (const h of ['gan_face_one', 'gan_face_two']) expect(badgeOf(all, h)?.state, h).toMatch(/^(medium|high)$/);
  for (const h of ['real_person_1', 'real_person_2']) expect(badgeOf(all, h)?.state, h).toBe('low');
  expect(badgeOf(all, 'broken_avatar')?.state).toBe('error');
  expect(badgeOf(all, 'missing_avatar')?.label).toMatch(/HTTP 404/);
  // Firefox's content-script sandbox may not hand a constructed sheet to the page's shadow roots, so each
  // badge root carries one <style> instead (components/badge/mount-badge.tsx), and the CSS still applies.
  const roots = (await tab.evaluate(
    `[...document.querySelectorAll('sockscope-badge')].map((h) => JSON.stringify({ adopted: h.shadowRoot.adoptedStyleSheets.length, styles: h.shadowRoot.querySelectorAll('style[data-sockscope]').length }))`,
  )) as string[];
  expect(new Set(roots)).toEqual(new Set([JSON.stringify({ adopted: 0, styles: 1 })]));
  const css = (selector: string, props: string[]): Promise<string[]> => tab.$eval(selector, (b, ps) => ps.map((p) => getComputedStyle(b).getPropertyValue(p)), props);
  expect(await css(badgeButton('real_person_1'), ['height', 'border-top-left-radius'])).toEqual(['16px', '8px']);
  expect(await css(badgeButton('broken_avatar'), ['border-top-style'])).toEqual(['dashed']);
  expect(pageErrors).toEqual([]);
});

test('clicking a badge in Firefox opens the reasons panel with the eye overlay; Escape closes it', async ({ tab }) => {
  await tab.goto('https://x.com/home');
  const all = await waitSettled(tab, AUTHORS.length);
  expect(badgeOf(all, 'gan_face_one')?.state).toMatch(/^(medium|high)$/);
  const badge = await tab.waitForSelector(badgeButton('gan_face_one'));
  await badge?.click();
  const panel = await tab.waitForSelector('>>> [role="dialog"]', { visible: true });
  expect(tab.url()).toMatch(/\/home$/); // the click must not open the post
  expect(await panel?.evaluate((p) => p.textContent ?? '')).toMatch(/eye/i);
  expect(await panel?.evaluate((p) => p.querySelectorAll('svg').length)).toBeGreaterThan(0);
  await tab.keyboard.press('Escape');
  await tab.waitForSelector('>>> [role="dialog"]', { hidden: true });
});
