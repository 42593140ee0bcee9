import { describe, expect, it } from 'vitest';
import { fetchImage } from './fetch-image.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const respond =
  (body: BodyInit | null, init: ResponseInit): typeof fetch =>
  async () =>
    new Response(body, init);

describe('fetchImage', () => {
  it('returns bytes and the content type', async () => {
    const got = await fetchImage('https://x.test/a.jpg', { fetchImpl: respond(JPEG, { headers: { 'content-type': 'image/jpeg' } }) });
    expect(got.contentType).toBe('image/jpeg');
    expect([...got.bytes]).toEqual([...JPEG]);
  });
  it('rejects HTTP errors and non-images', async () => {
    await expect(fetchImage('u', { fetchImpl: respond('no', { status: 403 }) })).rejects.toThrow('image download failed (HTTP 403)');
    await expect(fetchImage('u', { fetchImpl: respond('<html>', { headers: { 'content-type': 'text/html' } }) })).rejects.toThrow(
      'not a supported image (text/html)',
    );
  });
  it('stops streaming once the body passes maxBytes, even without Content-Length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(1024));
      },
    });
    const f = respond(stream, { headers: { 'content-type': 'image/png' } });
    await expect(fetchImage('u', { fetchImpl: f, maxBytes: 4096 })).rejects.toThrow('image too large (over 4 KB)');
  });
  it('times out', async () => {
    const hang: typeof fetch = (_u, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await expect(fetchImage('u', { fetchImpl: hang, timeoutMs: 50 })).rejects.toThrow('image download timed out after 0.1 s');
  });
});
