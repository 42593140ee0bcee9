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
  it('names a Facebook profile without a vanity name as "profile N", and keeps an all-digit X handle a handle', () => {
    expect(authorLabel('facebook', '100012345', null)).toBe('profile 100012345');
    expect(isAccountIdHandle('x', '12345')).toBe(false);
    expect(authorLabel('x', '12345', null)).toBe('@12345');
  });
  it('keeps "@handle" for X and Facebook handles', () => {
    expect(authorLabel('x', 'jack', 'Jack')).toBe('@jack');
    expect(authorLabel('facebook', 'zuck', null)).toBe('@zuck');
    expect(authorLabel('x', null, 'Jack')).toBe('Jack');
  });
});
