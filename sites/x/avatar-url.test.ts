import { describe, expect, it } from 'vitest';
import { isDefaultAvatar, xAnalysisUrl } from './avatar-url';

const BASE = 'https://pbs.twimg.com/profile_images/1349045449697632260/et719t0u';

describe('xAnalysisUrl', () => {
  it.each(['_normal.jpg', '_bigger.jpg', '_mini.jpg', '_x96.jpg', '_200x200.jpg', '_400x400.jpg', '.jpg'])('upgrades %s to _400x400', (suffix) => {
    expect(xAnalysisUrl(`${BASE}${suffix}`)).toBe(`${BASE}_400x400.jpg`);
  });

  it('keeps the extension and underscores inside the file name', () => {
    expect(xAnalysisUrl('https://pbs.twimg.com/profile_images/3240471770/53d2ddf2_36bb_x96.jpeg')).toBe(
      'https://pbs.twimg.com/profile_images/3240471770/53d2ddf2_36bb_400x400.jpeg',
    );
  });

  it('turns the ?format=…&name=… form into the path form', () => {
    expect(xAnalysisUrl(`${BASE}?format=png&name=normal`)).toBe(`${BASE}_400x400.png`);
  });

  it('leaves default avatars unchanged but recognisable', () => {
    const egg = 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';
    expect(xAnalysisUrl(egg)).toBe(egg);
    expect(isDefaultAvatar(egg)).toBe(true);
    expect(isDefaultAvatar(`${BASE}_normal.jpg`)).toBe(false);
  });

  // Issue 37, finding 1: a page chose these avatar URLs and the extension fetched each one.
  it.each([
    'https://attacker.example/a_normal.jpg',
    'http://intranet.test/a_normal.jpg',
    'http://127.0.0.1:8080/a_normal.jpg',
    'http://pbs.twimg.com/profile_images/1/a_normal.jpg',
    'https://pbs.twimg.com:8443/profile_images/1/a_normal.jpg',
    'https://x.com/Home%20_%20X_files/R5xYZeL5_x96.jpg',
  ])('refuses an avatar off X\'s image hosts: %s', (url) => expect(xAnalysisUrl(url)).toBeNull());

  it.each(['data:image/png;base64,AAAA', 'blob:https://x.com/1234', 'file:///tmp/a_normal.jpg', 'javascript:alert(1)', 'not a url', ''])(
    'refuses %s',
    (url) => expect(xAnalysisUrl(url)).toBeNull(),
  );
});
