/** Fetches an image with a timeout and a byte limit enforced while streaming; its magic bytes say what it is. */
import type { BufferPool } from './buffer-pool';
import { checkByteLength, formatBytes, imageTypeOf, IMAGE_LIMITS, ImageError, type ImageContentType } from './limits';

export interface FetchImageOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Caller's cancellation (e.g. the page navigated away). */
  signal?: AbortSignal;
  /** Injected for tests; defaults to the global fetch (browser or Node 20). */
  fetchImpl?: typeof fetch;
  /** Read the body straight into a reused buffer (see buffer-pool.ts); the result then has `release`. */
  pool?: BufferPool;
}

export interface FetchedImage {
  bytes: Uint8Array;
  /** What the bytes are (their magic bytes; the server's Content-Type header is only quoted in errors). */
  contentType: ImageContentType;
  /** Gives a pooled buffer back: call it once nothing reads `bytes` any more. */
  release?: () => void;
}

/** Downloads an image or throws ImageError ('timeout' | 'http' | 'network' | 'bad-type' | 'too-many-bytes' | 'empty'); 'bad-type' when its bytes are no image we decode, whatever the header said. */
export async function fetchImage(url: string, options: FetchImageOptions = {}): Promise<FetchedImage> {
  const timeoutMs = options.timeoutMs ?? IMAGE_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? IMAGE_LIMITS.maxBytes;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // credentials 'omit': avatars are public and we must not send the user's cookies to the image host.
    const response = await (options.fetchImpl ?? fetch)(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    if (!response.ok) throw new ImageError('http', `image download failed (HTTP ${response.status})`);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new ImageError('too-many-bytes', `image too large (${formatBytes(declared)}; limit ${formatBytes(maxBytes)})`);
    }
    // Null where the body is no byte stream: then it is read in chunks.
    const pooled = options.pool ? readIntoPool(response, maxBytes, controller, options.pool, declared) : null;
    const { bytes, release } = await (pooled ?? readLimited(response, maxBytes, controller));
    checkByteLength(bytes.byteLength, maxBytes);
    // The bytes decide, as in analyzeBytes: one rule (limits.ts), whether an image came over the network or from disk.
    let contentType: ImageContentType;
    try {
      contentType = imageTypeOf(bytes, response.headers.get('content-type'));
    } catch (e) {
      release?.();
      throw e;
    }
    return release ? { bytes, contentType, release } : { bytes, contentType };
  } catch (e) {
    if (e instanceof ImageError) throw e;
    if (timedOut) throw new ImageError('timeout', `image download timed out after ${Math.round(timeoutMs / 100) / 10} s`);
    if (options.signal?.aborted) throw new ImageError('network', 'image download cancelled');
    throw new ImageError('network', `image download failed (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

const tooMany = async (controller: AbortController, reader: ReadableStreamGenericReader, maxBytes: number): Promise<never> => {
  controller.abort();
  await reader.cancel().catch(() => undefined);
  throw new ImageError('too-many-bytes', `image too large (over ${formatBytes(maxBytes)})`);
};

/**
 * Buffer sizes are powers of two from 64 KB (most 400 px avatars fit the first), so a pooled buffer fits
 * the next avatars of about its size instead of only ones no larger than the last.
 */
const bufferSize = (bytes: number, maxBytes: number): number => Math.min(maxBytes + 1, Math.max(64 * 1024, 2 ** Math.ceil(Math.log2(bytes))));

/**
 * Reads the body into one buffer from `pool` (a BYOB reader fills it in place, so no chunk is allocated),
 * growing it while the body is longer. Null where the body is no byte stream.
 */
function readIntoPool(
  response: Response,
  maxBytes: number,
  controller: AbortController,
  pool: BufferPool,
  declared: number,
): Promise<{ bytes: Uint8Array; release: () => void }> | null {
  let reader: ReadableStreamBYOBReader;
  try {
    if (!response.body) return null;
    reader = response.body.getReader({ mode: 'byob' });
  } catch {
    return null;
  }
  return (async () => {
    // One byte over the declared length, so the read that reports the end needs no bigger buffer.
    let buf = pool.take(bufferSize(Number.isFinite(declared) ? declared + 1 : 0, maxBytes));
    let total = 0;
    for (;;) {
      if (total === buf.byteLength) {
        if (total > maxBytes) return tooMany(controller, reader, maxBytes);
        const bigger = pool.take(bufferSize(buf.byteLength * 2, maxBytes));
        new Uint8Array(bigger).set(new Uint8Array(buf, 0, total));
        pool.give(buf);
        buf = bigger;
      }
      // The read takes the buffer over and hands it back, filled, as value.buffer.
      const { done, value } = await reader.read(new Uint8Array(buf, total, buf.byteLength - total));
      if (!value) throw new ImageError('network', 'image download cancelled');
      buf = value.buffer as ArrayBuffer;
      total += value.byteLength;
      if (done) break;
    }
    if (total > maxBytes) return tooMany(controller, reader, maxBytes);
    const owned = buf;
    return { bytes: new Uint8Array(owned, 0, total), release: () => pool.give(owned) };
  })();
}

/** Reads the body chunk by chunk and stops as soon as it passes maxBytes (Content-Length can lie or be absent). */
async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<{ bytes: Uint8Array; release?: undefined }> {
  if (!response.body) return { bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) return tooMany(controller, reader, maxBytes);
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes };
}
