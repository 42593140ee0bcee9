import { describe, expect, it, vi } from 'vitest';
import { analyzeUrls } from './analyze-urls';
import type { ImageDecoder } from './image/types';

const fakeFetch = (async () => new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), { headers: { 'content-type': 'image/jpeg' } })) as typeof fetch;

describe('analyzeUrls and the yield gate', () => {
  it('downloads while the gate is shut, but decodes (and so runs the models) only once it opens', async () => {
    let open!: () => void;
    const shut = new Promise<void>((r) => (open = r));
    const pass = vi.fn(() => shut);
    const decode = vi.fn<ImageDecoder>(async () => {
      throw new Error('not an image');
    });
    const fetchImpl = vi.fn(fakeFetch);
    const run = analyzeUrls(['https://pbs.twimg.com/a.jpg', 'https://pbs.twimg.com/b.jpg'], decode, { fetchImpl, gate: { pass } });
    await vi.waitFor(() => expect(pass).toHaveBeenCalledTimes(2));
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(decode).not.toHaveBeenCalled();
    open();
    const out = await run;
    expect(decode).toHaveBeenCalledTimes(2);
    // Every URL still gets a verdict: here the decoder's error.
    expect(out.map((r) => r.verdict.status)).toEqual(['error', 'error']);
  });

  it('gives each download buffer back once its avatar is analysed, for the next download to reuse', async () => {
    const seen: Uint8Array[] = [];
    const decode = vi.fn<ImageDecoder>(async (bytes) => {
      seen.push(bytes);
      throw new Error('not an image');
    });
    const [first] = await analyzeUrls(['https://pbs.twimg.com/a.jpg'], decode, { fetchImpl: fakeFetch });
    expect(first?.verdict.status).toBe('error');
    expect(seen[0]?.byteLength).toBe(7);
    await analyzeUrls(['https://pbs.twimg.com/b.jpg'], decode, { fetchImpl: fakeFetch });
    // The second download was read into the first one's buffer (a transfer, which detaches the old view).
    expect(seen[0]?.byteLength).toBe(0);
    expect(seen[1]?.byteLength).toBe(7);
  });
});
