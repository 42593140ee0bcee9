import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './adapters';
import { platformImageUrl } from './platform-image-url';

describe('platformImageUrl', () => {
  it.each([
    'https://pbs.twimg.com/profile_images/1/a_400x400.jpg',
    'https://yt3.ggpht.com/abc=s88-c-k-c0x00ffffff-no-rj',
    'https://scontent-ams2-1.xx.fbcdn.net/v/t1/1_n.jpg?stp=s40x40&oh=x&oe=y',
  ])('keeps %s', (url) => expect(platformImageUrl(url)).toBe(url));

  it.each([
    null,
    '',
    'http://pbs.twimg.com/a.jpg',
    'javascript:alert(1)',
    'https://evil.example/pbs.twimg.com/a.jpg',
    'https://pbs.twimg.com.evil.example/a.jpg',
    'https://user@pbs.twimg.com/a.jpg',
    'data:image/png;base64,AAAA',
    'https://attacker.example/a.jpg',
    'http://intranet.test/a.jpg',
    'http://127.0.0.1:8080/a.jpg',
    'https://pbs.twimg.com:8443/a.jpg',
    'https://yt4.ggpht.com/a=s88',
  ])('drops %j', (url) => expect(platformImageUrl(url)).toBeNull());
});

describe('every adapter\'s analysis URL (issue 37, finding 1)', () => {
  // Avatars a hostile x.com page planted: another origin, an intranet name, the loopback address.
  const planted = ['https://attacker.example/a.jpg', 'http://intranet.test/a.jpg', 'http://127.0.0.1:8080/a.jpg'];
  it.each(ADAPTERS.map((a) => [a.site, a] as const))('%s refuses avatars off the image hosts', (_site, adapter) => {
    for (const url of planted) expect(adapter.analysisUrl(url)).toBeNull();
  });
  it.each(ADAPTERS.map((a) => [a.site, a] as const))('%s answers only platform image URLs', (site, adapter) => {
    const own = { x: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg', youtube: 'https://yt3.ggpht.com/abc=s88-c-k', facebook: 'https://scontent.xx.fbcdn.net/v/t1/1_n.jpg?oh=x' }[site];
    const url = own ? adapter.analysisUrl(own) : null;
    expect(url && platformImageUrl(url)).toBe(url);
  });
});
