import { describe, expect, it, vi } from 'vitest';
import { analyseEach } from './analyse-each';
import type { UrlVerdict } from '../../utils/messages';

const verdict = (url: string): UrlVerdict => ({ url, verdict: { status: 'error', error: url } });

describe('analyseEach', () => {
  it('hands each verdict over as soon as it is done, and answers all in request order', async () => {
    const slow = new Set(['https://i/gan']);
    const seen: string[] = [];
    const one = async (url: string) => {
      await new Promise((r) => setTimeout(r, slow.has(url) ? 40 : 1));
      return verdict(url);
    };
    const all = await analyseEach(['https://i/gan', 'https://i/a', 'https://i/b'], one, (r) => seen.push(r.url), 2);
    expect(seen).toEqual(['https://i/a', 'https://i/b', 'https://i/gan']);
    expect(all.map((r) => r.url)).toEqual(['https://i/gan', 'https://i/a', 'https://i/b']);
  });

  it('runs at most `concurrency` at once, and a failing listener loses nothing', async () => {
    let running = 0;
    let most = 0;
    const one = async (url: string) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 2));
      running--;
      return verdict(url);
    };
    const urls = Array.from({ length: 9 }, (_, i) => `https://i/${i}`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const all = await analyseEach(urls, one, () => {
      throw new Error('listener gone');
    }, 4);
    expect(warn).toHaveBeenCalledTimes(9);
    warn.mockRestore();
    expect(most).toBe(4);
    expect(all.map((r) => r.url)).toEqual(urls);
  });
});
