import { describe, expect, it } from 'vitest';
import { profileHandleOf } from './author-block';
import { xPageType } from './page-type';

describe('profileHandleOf', () => {
  it('reads relative profile links without parsing them as URLs, as the URL reading would', () => {
    for (const [href, handle] of [
      ['/jack', 'jack'],
      ['/jack/', 'jack'],
      ['/Jack_1?s=20', 'Jack_1'],
      ['/jack#top', 'jack'],
      ['https://x.com/jack', 'jack'],
      ['https://twitter.com/jack/', 'jack'],
      ['//x.com/jack', 'jack'],
      ['/./jack', 'jack'],
    ] as const) expect(profileHandleOf(href)).toBe(handle);
  });

  it('gives null for what is not a profile', () => {
    for (const href of ['/jack/status/1', '/hashtag/x/y', 'https://example.com/jack', '/', '', '/jack-x', '/ jack', null]) expect(profileHandleOf(href)).toBeNull();
  });
});

describe('xPageType', () => {
  it('gives the same answer when asked again, and a new one for a new URL', () => {
    expect(xPageType('https://x.com/jack/status/12')).toEqual({ type: 'status', handle: 'jack', statusId: '12' });
    expect(xPageType('https://x.com/jack/status/12')).toEqual({ type: 'status', handle: 'jack', statusId: '12' });
    expect(xPageType('https://x.com/home')).toEqual({ type: 'home' });
    expect(xPageType('https://example.com/home')).toEqual({ type: 'other' });
  });
});
