import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN } from './launch-firefox';

/**
 * Errors Firefox's WebDriver BiDi agent raises when a poll lands while the tab swaps documents
 * (about:blank → the add-on page): the evaluation, not the page, failed, so the poll goes on. Seen on CI as
 * "Protocol error (script.evaluate): unknown error TypeError: right-hand side of 'in' should be an object".
 */
const NAVIGATION_RACE = /Protocol error \(script\.evaluate\)|Execution context was destroyed|no such frame|DiscardedBrowsingContextError/;

/**
 * Open one of the add-on's pages (popup.html, dashboard.html) in a tab. Firefox's WebDriver BiDi sends
 * no load event for moz-extension:// documents, so the navigation is not awaited; the page is ready
 * once its document has loaded and `ready` (a selector) is in it.
 */
export async function openExtensionPage(browser: Browser, path: string, ready: string, timeout = 15_000): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  // Settles (rejects on its own timeout) without anyone waiting for it; the poll below is the real wait.
  page.goto(url, { timeout }).catch(() => undefined);
  const isReady = `location.href.startsWith(${JSON.stringify(url)}) && document.readyState === 'complete' && !!document.querySelector(${JSON.stringify(ready)})`;
  const deadline = Date.now() + timeout;
  let lastRace = '';
  while (Date.now() < deadline) {
    try {
      if ((await page.evaluate(isReady)) === true) return page;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (!NAVIGATION_RACE.test(text)) throw e;
      lastRace = text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} was not ready (${ready}) within ${timeout} ms${lastRace ? `; last evaluation error: ${lastRace}` : ''}`);
}
