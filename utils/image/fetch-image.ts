/** Fetches an image with a timeout, a content-type check and a byte limit enforced while streaming. */
import { checkByteLength, checkContentType, formatBytes, IMAGE_LIMITS, ImageError, type ImageContentType } from './limits.ts';

export interface FetchImageOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Caller's cancellation (e.g. the page navigated away). */
  signal?: AbortSignal;
  /** Injected for tests; defaults to the global fetch (browser or Node 20). */
  fetchImpl?: typeof fetch;
}

export interface FetchedImage {
  bytes: Uint8Array;
  contentType: ImageContentType;
}

/** Downloads an image or throws ImageError ('timeout' | 'http' | 'network' | 'bad-type' | 'too-many-bytes' | 'empty'). */
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
    const contentType = checkContentType(response.headers.get('content-type'));
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new ImageError('too-many-bytes', `image too large (${formatBytes(declared)}; limit ${formatBytes(maxBytes)})`);
    }
    const bytes = await readLimited(response, maxBytes, controller);
    checkByteLength(bytes.byteLength, maxBytes);
    return { bytes, contentType };
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

/** Reads the body chunk by chunk and stops as soon as it passes maxBytes (Content-Length can lie or be absent). */
async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw new ImageError('too-many-bytes', `image too large (over ${formatBytes(maxBytes)})`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
