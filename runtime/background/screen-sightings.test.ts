import { describe, expect, it } from 'vitest';
import type { AuthorOccurrence } from '../../core/sighting';
import { screenSightings } from './screen-sightings';

const occ: AuthorOccurrence = {
  site: 'x', kind: 'post', handle: 'a', displayName: 'A', profileUrl: 'https://x.com/a',
  avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg', text: 'hi', hashtags: [], time: null,
};
const url = 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg';
const TAB = 'https://x.com/home';

// Issue 37, findings 1 and 3: what a compromised content script sent, and the background stored.
describe('screenSightings', () => {
  it('accepts a sighting of the tab\'s own site with a platform image and profile', () => {
    expect(screenSightings([{ url, occurrence: occ }], TAB)).toEqual([null]);
    expect(screenSightings([{ url, occurrence: { ...occ, profileUrl: null } }], TAB)).toEqual([null]);
  });

  it('refuses avatars off the image hosts (an attacker\'s, an intranet, the loopback)', () => {
    const bad = ['https://attacker.example/a.jpg', 'http://intranet.test/a.jpg', 'http://127.0.0.1:4444/a.jpg'];
    expect(screenSightings(bad.map((u) => ({ url: u, occurrence: occ })), TAB).every((r) => r?.includes('image hosts'))).toBe(true);
  });

  it('refuses a sighting for another site than the sender tab\'s', () => {
    const yt = { ...occ, site: 'youtube' as const, profileUrl: 'https://www.youtube.com/@a' };
    expect(screenSightings([{ url: 'https://yt3.ggpht.com/a=s400', occurrence: yt }], TAB)[0]).toMatch(/youtube.*x page/);
  });

  it('refuses a profile URL off the site\'s host or not https', () => {
    for (const profileUrl of ['javascript:alert(1)', 'http://x.com/a', 'https://attacker.example/a', 'https://x.com.attacker.example/a', 'https://u:p@x.com/a']) {
      expect(screenSightings([{ url, occurrence: { ...occ, profileUrl } }], TAB)[0]).toMatch(/profile link/);
    }
  });

  it('refuses everything from a sender with no page of a supported site', () => {
    expect(screenSightings([{ url, occurrence: occ }], undefined)[0]).toMatch(/no page/);
    expect(screenSightings([{ url, occurrence: occ }], 'https://attacker.example/')[0]).toMatch(/no page/);
  });
});
