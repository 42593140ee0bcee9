import { describe, expect, it } from 'vitest';
import { detectSite, siteOfUrl } from './detect';
import { adapterFor } from './registry';

describe('detectSite', () => {
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

  it('has an X adapter registered', () => {
    expect(adapterFor('x')?.site).toBe('x');
  });
});
