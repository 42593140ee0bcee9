import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodeSavedFile } from '../../utils/dom/saved-page';
import { sharedPath } from '../../utils/testing/shared-data';

/** A real saved page of ../shared/data/dom, served at the address it was saved from; layout and date named. */
export interface SavedPageCase {
  layout: string;
  file: string;
  url: string;
}

/**
 * The saved pages the layout checks run on, one per layout and date (../shared/data/dom/MANIFEST.tsv). Not the
 * held-out capture (../shared/HELD-OUT.txt), nor the logged-out Facebook Pages whose posts exist only as JSON.
 */
export const SAVED_PAGES: readonly SavedPageCase[] = [
  { layout: 'X home, Feb 2025, dark, with "Who to follow"', file: 'x/ibbi__twooter__Home___X.html', url: 'https://x.com/home' },
  { layout: 'X Article status page with sidebar user cell, Feb 2026', file: 'x/kepano__defuddle__general--x.com-article-2026-02-13.html', url: 'https://x.com/arscontexta/status/2013045749580259680' },
  { layout: 'X home, Sep 2021 markup', file: 'x/dasa1341__hwresem2.github.io__Home___Twitter.html', url: 'https://twitter.com/home' },
  { layout: 'YouTube home, Jul 2025, ru-RU, dark (view-model avatars)', file: 'youtube/one-qwentry__one-qwentry.github.io___1_YouTube.html', url: 'https://www.youtube.com/' },
  { layout: 'YouTube home, Mar 2022 (MHTML)', file: 'youtube/crishernandez083__youtube__YouTube.mhtml', url: 'https://www.youtube.com/' },
  { layout: 'YouTube home, Sep 2021, ja-JP', file: 'youtube/rami10131__ggmlt___1_YouTube.html', url: 'https://www.youtube.com/' },
  { layout: 'YouTube watch page with comments, Apr 2018 (ytd-comment-renderer, /channel/UC… authors)', file: 'youtube/ris58h__blog-skipper__youtube.html', url: 'https://www.youtube.com/watch?v=saved0001' },
  { layout: 'Facebook feed, Mar 2022, es', file: 'facebook/marcesand__PARCIALII___1_Facebook.html', url: 'https://www.facebook.com/' },
  { layout: 'Facebook profile, Aug 2024, fr', file: 'facebook/salim29056__checkpoint___20_Facebook.html', url: 'https://www.facebook.com/profile.php?id=61562462307405' },
  { layout: 'Facebook feed, Jul 2025, en', file: 'facebook/samiri4615__protfolio___20_Facebook.html', url: 'https://www.facebook.com/' },
  { layout: 'Facebook photo viewer over a profile, Jan 2022, en, dark', file: 'facebook/sudhirbarik2__ReactPortfolio___1_Facebook.html', url: 'https://www.facebook.com/photo/?fbid=saved0001' },
];

/**
 * Serve a saved page at its address in this tab: the HTML only (the saves' local `_files/` are not kept),
 * every other request of the page refused, so nothing leaves the machine.
 */
export async function openSavedPage(page: Page, c: SavedPageCase): Promise<void> {
  const { html } = decodeSavedFile(readFileSync(sharedPath('data/dom', c.file)), c.file);
  await page.route('**/*', (route) =>
    route.request().url() === c.url && route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(c.url, { waitUntil: 'domcontentloaded' });
}
