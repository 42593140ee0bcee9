import { describe, expect, it } from 'vitest';
import { platformImageUrl } from './safe-image-url';

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
  ])('drops %j', (url) => expect(platformImageUrl(url)).toBeNull());
});
