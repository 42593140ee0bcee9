import { describe, expect, it } from 'vitest';
import { accountHeuristics, autoHandle, defaultAvatar, nameMismatch } from './account-heuristics';

describe('account heuristics', () => {
  it('recognises X auto-assigned handles, and only loosely long digit tails', () => {
    expect(autoHandle('x', 'JaneDoe12345678').score).toBe(1);
    expect(autoHandle('x', 'Li12345678').fired).toBe(true);
    expect(autoHandle('x', 'janedoe1990').score).toBe(0);
    expect(autoHandle('x', 'news_bot_123456').score).toBe(0.4);
    expect(autoHandle('x', 'news_bot_123456').fired).toBe(false);
    expect(autoHandle('youtube', 'janedoe-x7k2p').fired).toBe(true);
    expect(autoHandle('facebook', '100064123456789').score).toBe(0); // numeric ids are normal there
  });
  it('relates names to handles through tokens, initials and accents', () => {
    expect(nameMismatch('JaneDoe12345678', 'Jane Doe')?.score).toBe(0);
    expect(nameMismatch('jd_news', 'John Doe')?.score).toBe(0);
    expect(nameMismatch('joseperez', 'José Pérez')?.score).toBe(0);
    expect(nameMismatch('Sandra92837465', 'Kevin Brown')?.fired).toBe(true);
  });
  it('says unknown for non-Latin names instead of guessing', () => {
    expect(nameMismatch('wangfang123', '王芳')).toBeNull();
    expect(nameMismatch('abc', null)).toBeNull();
  });
  it('spots X default avatars and bundles the results', () => {
    expect(defaultAvatar('https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png').fired).toBe(true);
    expect(defaultAvatar('https://pbs.twimg.com/profile_images/1/a_400x400.jpg').fired).toBe(false);
    expect(accountHeuristics('x', 'wangfang123', '王芳', null).map((r) => r.signal)).toEqual(['auto-handle', 'default-avatar']);
  });
  it("reads no handle shape from a YouTube channel id (UC…): an id is assigned, not chosen", () => {
    // A channel without an @handle is known by its id; a random id never matches a name.
    const id = 'UCM4-RGiG2y5KLqXooyeQZbQ';
    for (const h of [id, id.toLowerCase()]) {
      const found = accountHeuristics('youtube', h, 'Some Channel', null);
      expect(found.map((r) => r.signal)).toEqual(['default-avatar']);
      expect(found.some((r) => r.fired)).toBe(false);
    }
    expect(accountHeuristics('youtube', 'somechannel-x7k2p', 'Kevin Brown', null).map((r) => r.signal)).toEqual(['auto-handle', 'default-avatar', 'name-mismatch']);
  });
});
