import { describe, expect, it } from 'vitest';
import { accountOfUrl, detectSite, IMAGE_HOST_PATTERNS, isContentScriptPage, isImageHost, siteOfUrl, SITE_ENTRIES, SITES } from './registry';
import { adapterFor } from './adapters';

describe('the site registry', () => {
  it('knows the sites by host', () => {
    expect(siteOfUrl('https://twitter.com/home')).toBe('x');
    expect(siteOfUrl('https://mobile.x.com/a')).toBe('x');
    expect(siteOfUrl('https://www.facebook.com/')).toBe('facebook');
    expect(siteOfUrl('https://m.youtube.com/watch?v=1')).toBe('youtube');
    expect(siteOfUrl('https://notx.com/')).toBeNull();
    expect(siteOfUrl('nonsense')).toBeNull();
  });

  it('falls back to site markup when there is no URL', () => {
    expect(detectSite({ html: '<article data-testid="tweet"></article>' })).toBe('x');
    expect(detectSite({ html: '<ytd-comment-renderer></ytd-comment-renderer>' })).toBe('youtube');
    expect(detectSite({ html: '<div data-ad-rendering-role="profile_name"></div>' })).toBe('facebook');
    expect(detectSite({ html: '<p>hello</p>' })).toBeNull();
    expect(detectSite({ url: 'https://x.com/home', html: '<ytd-app></ytd-app>' })).toBe('x');
  });

  it('accepts the pages the content script runs on, on any path', () => {
    for (const url of ['https://x.com/home', 'https://mobile.twitter.com/a/status/1', 'https://www.facebook.com/groups/1', 'https://m.youtube.com/watch?v=1']) {
      expect(isContentScriptPage(url)).toBe(true);
    }
  });

  it('refuses other schemes, hosts and look-alikes', () => {
    for (const url of ['http://x.com/home', 'https://x.com.evil.example/', 'https://example.com/', 'chrome://extensions/', 'https://studio.youtube.com/', 'not a url']) {
      expect(isContentScriptPage(url)).toBe(false);
    }
  });

  it('has one image-host list, the one the manifest asks for', () => {
    expect(IMAGE_HOST_PATTERNS).toEqual(['https://pbs.twimg.com/*', 'https://abs.twimg.com/*', 'https://*.fbcdn.net/*', 'https://yt3.ggpht.com/*', 'https://yt3.googleusercontent.com/*']);
    expect(isImageHost('scontent.xx.fbcdn.net')).toBe(true);
    expect(isImageHost('fbcdn.net.evil.example')).toBe(false);
    expect(isImageHost('yt4.ggpht.com')).toBe(false);
  });

  it('reads the account a profile URL names', () => {
    expect(accountOfUrl(new URL('https://twitter.com/Jane_Doe'))).toEqual({ site: 'x', handle: 'Jane_Doe' });
    expect(accountOfUrl(new URL('https://x.com/home'))).toBeNull();
    expect(accountOfUrl(new URL('https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv'))).toEqual({ site: 'youtube', handle: 'UCabcdefghijklmnopqrstuv' });
    expect(accountOfUrl(new URL('https://www.facebook.com/profile.php?id=100012345'))).toEqual({ site: 'facebook', handle: '100012345' });
    expect(accountOfUrl(new URL('https://example.com/jane'))).toBeNull();
  });

  it('has a DOM adapter for every site', () => {
    expect(SITES.map((s) => adapterFor(s)?.site)).toEqual(SITE_ENTRIES.map((e) => e.id));
  });
});
