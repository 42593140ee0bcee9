import { describe, expect, it } from 'vitest';
import { authorLabel, isAccountIdHandle } from './author-label';

describe('authorLabel', () => {
  it('names a YouTube channel known only by its id by its name, or as "channel UC…", never "@UC…"', () => {
    const id = 'UCM4-RGiG2y5KLqXooyeQZbQ';
    expect(isAccountIdHandle('youtube', id)).toBe(true);
    expect(authorLabel('youtube', id, 'Some Channel')).toBe('Some Channel');
    expect(authorLabel('youtube', id, null)).toBe(`channel ${id}`);
    expect(authorLabel('youtube', 'somechannel', 'Some Channel')).toBe('@somechannel');
  });
  it('keeps "@handle" for X and Facebook handles', () => {
    expect(authorLabel('x', 'jack', 'Jack')).toBe('@jack');
    expect(authorLabel('facebook', 'zuck', null)).toBe('@zuck');
    expect(authorLabel('x', null, 'Jack')).toBe('Jack');
  });
});
