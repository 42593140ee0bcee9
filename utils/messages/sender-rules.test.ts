import { describe, expect, it } from 'vitest';
import { isServiceWorker, mayReadTabCounts } from './sender-rules';

const BASE = 'chrome-extension://abc/';
const page = (tabId: number) => ({ url: 'https://x.com/home', tab: { id: tabId, url: 'https://x.com/home' } });

// Issue 37, finding 3: a content script could read another tab's counts and message the analyser directly.
describe('sender rules', () => {
  it('answers a content script\'s tab counts for its own tab only', () => {
    expect(mayReadTabCounts(7, page(7), BASE)).toBe(true);
    expect(mayReadTabCounts(8, page(7), BASE)).toBe(false);
    expect(mayReadTabCounts(8, { url: 'https://x.com/' }, BASE)).toBe(false);
  });

  it('answers the popup and dashboard for any tab', () => {
    expect(mayReadTabCounts(8, { url: `${BASE}popup.html` }, BASE)).toBe(true);
    expect(mayReadTabCounts(8, { url: `${BASE}dashboard.html`, tab: { id: 3, url: `${BASE}dashboard.html` } }, BASE)).toBe(true);
  });

  it('knows the service worker from pages and content scripts', () => {
    const worker = `${BASE}background.js`;
    expect(isServiceWorker({ url: worker }, worker)).toBe(true);
    expect(isServiceWorker(page(7), worker)).toBe(false);
    expect(isServiceWorker({ url: `${BASE}popup.html` }, worker)).toBe(false);
    expect(isServiceWorker({ url: worker, tab: { id: 1 } }, worker)).toBe(false);
  });
});
