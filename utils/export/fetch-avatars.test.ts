import { describe, expect, it } from 'vitest';
import { fetchAvatars } from './fetch-avatars';

describe('fetchAvatars', () => {
  // Issue 37, finding 1: stored URLs were fetched again at export and their bytes went into the ZIP.
  it('fetches platform image URLs only; others are recorded as not fetched', async () => {
    const asked: string[] = [];
    const fetchFn = (async (url: string) => {
      asked.push(url);
      return new Response(new Uint8Array([0xff, 0xd8, 0xff]), { headers: { 'content-type': 'image/jpeg' } });
    }) as typeof fetch;
    const own = 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg';
    const out = await fetchAvatars([own, 'https://attacker.example/a.jpg', 'http://127.0.0.1:9/a.jpg'], fetchFn);
    expect(asked).toEqual([own]);
    expect(out.map((a) => a.ok)).toEqual([true, false, false]);
    expect(out[1]).toMatchObject({ ok: false, error: expect.stringMatching(/not on a platform/) });
  });
});
