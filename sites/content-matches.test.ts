import { describe, expect, it } from 'vitest';
import { isContentScriptPage } from './content-matches';

describe('isContentScriptPage', () => {
  it('accepts the pages the content scripts run on, on any path', () => {
    for (const url of ['https://x.com/home', 'https://mobile.twitter.com/a/status/1', 'https://www.facebook.com/groups/1', 'https://m.youtube.com/watch?v=1']) {
      expect(isContentScriptPage(url)).toBe(true);
    }
  });
  it('refuses other schemes, hosts and look-alikes', () => {
    for (const url of ['http://x.com/home', 'https://x.com.evil.example/', 'https://example.com/', 'chrome://extensions/', 'https://studio.youtube.com/', 'not a url']) {
      expect(isContentScriptPage(url)).toBe(false);
    }
  });
});
