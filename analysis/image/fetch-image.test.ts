import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool';
import { fetchImage } from './fetch-image';

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
    await expect(fetchImage('u', { fetchImpl: respond('<html>', { headers: { 'content-type': 'image/png' } }) })).rejects.toThrow('not a supported image (unknown format)');
  });
  it('lets the magic bytes decide, as analyzeBytes does, whatever the header says', async () => {
    const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    for (const header of ['application/octet-stream', 'image/jpeg', 'text/plain', null]) {
      const headers: Record<string, string> = header ? { 'content-type': header } : {};
      expect((await fetchImage('u', { fetchImpl: respond(PNG, { headers }) })).contentType).toBe('image/png');
    }
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

  describe('into a buffer pool', () => {
    /** n bytes that start like a JPEG (the magic bytes decide what a download is). */
    const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i < 3 ? [0xff, 0xd8, 0xff][i]! : (i * 7) % 251));
    /** A byte stream sending `body` in chunks of `chunk` bytes, as a network response does. */
    const chunked = (body: Uint8Array, chunk: number): ReadableStream<Uint8Array> => {
      let at = 0;
      return new ReadableStream({
        type: 'bytes',
        pull(c) {
          c.enqueue(body.slice(at, (at += chunk)));
          if (at >= body.length) c.close();
        },
      });
    };

    it('reads the body into a pooled buffer and reuses it for the next download', async () => {
      const pool = new BufferPool(4, 1 << 20);
      const body = bytes(30_000);
      const f = (): typeof fetch => respond(chunked(body, 4096), { headers: { 'content-type': 'image/jpeg', 'content-length': String(body.length) } });
      const first = await fetchImage('u', { fetchImpl: f(), pool });
      expect([...first.bytes]).toEqual([...body]);
      expect(first.bytes.buffer.byteLength).toBe(64 * 1024);
      const buffer = first.bytes.buffer;
      first.release?.();
      expect(pool.size).toBe(1);
      const second = await fetchImage('u', { fetchImpl: f(), pool });
      // The reader took the pooled buffer over (a transfer: the same memory under a new ArrayBuffer).
      expect(buffer.byteLength).toBe(0);
      expect(pool.size).toBe(0);
      expect(second.bytes.buffer.byteLength).toBe(64 * 1024);
      expect([...second.bytes]).toEqual([...body]);
      second.release?.();
      expect(pool.size).toBe(1);
    });

    it('grows the buffer for a body longer than declared or than the first buffer', async () => {
      const pool = new BufferPool(4, 1 << 20);
      const body = bytes(200_000);
      for (const headers of [{ 'content-type': 'image/png' }, { 'content-type': 'image/png', 'content-length': '1000' }] as Record<string, string>[]) {
        const got = await fetchImage('u', { fetchImpl: respond(chunked(body, 10_000), { headers }), pool });
        expect(got.bytes.length).toBe(body.length);
        expect([...got.bytes.subarray(-5)]).toEqual([...body.subarray(-5)]);
        expect(got.bytes.buffer.byteLength).toBe(256 * 1024);
      }
    });

    it('stops at maxBytes, and takes a body of exactly maxBytes', async () => {
      const pool = new BufferPool(4, 1 << 20);
      const over = respond(chunked(bytes(5000), 1000), { headers: { 'content-type': 'image/png' } });
      await expect(fetchImage('u', { fetchImpl: over, maxBytes: 4096, pool })).rejects.toThrow('image too large (over 4 KB)');
      const exact = await fetchImage('u', { fetchImpl: respond(chunked(bytes(4096), 1000), { headers: { 'content-type': 'image/png' } }), maxBytes: 4096, pool });
      expect(exact.bytes.length).toBe(4096);
    });

    it('reads a body that is no byte stream in chunks, with nothing to release', async () => {
      const pool = new BufferPool(4, 1 << 20);
      const plain = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new Uint8Array([0xff, 0xd8, 0xff]));
          c.close();
        },
      });
      const got = await fetchImage('u', { fetchImpl: respond(plain, { headers: { 'content-type': 'image/jpeg' } }), pool });
      expect([...got.bytes]).toEqual([0xff, 0xd8, 0xff]);
      expect(got.release).toBeUndefined();
    });
  });
});
