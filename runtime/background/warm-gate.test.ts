import { describe, expect, it } from 'vitest';
import { mayWarm } from './warm-gate';

const on = { sites: { x: true, facebook: true, youtube: true } };

describe('mayWarm', () => {
  it('warms for a page of a site that is switched on', () => {
    expect(mayWarm('https://x.com/home', on)).toBe(true);
    expect(mayWarm('https://www.youtube.com/watch?v=abc', on)).toBe(true);
  });

  it('does not warm for a switched-off site, another site, or a sender without a page', () => {
    expect(mayWarm('https://x.com/home', { sites: { ...on.sites, x: false } })).toBe(false);
    expect(mayWarm('https://example.org/', on)).toBe(false);
    expect(mayWarm(undefined, on)).toBe(false);
    expect(mayWarm('not a url', on)).toBe(false);
  });
});
