import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN } from './launch-firefox';

/**
 * Open one of the add-on's pages (popup.html, dashboard.html) in a tab. Firefox's WebDriver BiDi sends
 * no load event for moz-extension:// documents, so the navigation is not awaited; the page is ready
 * once its document has loaded and `ready` (a selector) is in it.
 */
export async function openExtensionPage(browser: Browser, path: string, ready: string, timeout = 15_000): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  // Settles (rejects on its own timeout) without anyone waiting for it; the wait below is the real one.
  page.goto(url, { timeout }).catch(() => undefined);
  await page.waitForFunction(
    `location.href.startsWith(${JSON.stringify(url)}) && document.readyState === 'complete' && !!document.querySelector(${JSON.stringify(ready)})`,
    { timeout, polling: 100 },
  );
  return page;
}
