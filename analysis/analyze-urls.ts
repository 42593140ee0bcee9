import { analyzeBytes } from './analyze-bytes';
import type { ImageVerdict } from '../core/verdict';
import type { UrlVerdict } from '../utils/messages';
import { BufferPool } from './image/buffer-pool';
import { ImageError } from './image/limits';
import { fetchImage } from './image/fetch-image';
import type { ImageDecoder } from './image/types';
import type { YieldGate } from './yield-gate';

export interface AnalyzeUrlsOptions {
  fetchImpl?: typeof fetch;
  /** Each avatar's CPU work waits here while a page is being scrolled. */
  gate?: Pick<YieldGate, 'pass'>;
}

// Fetches overlap (network-bound) while inference stays serialised inside analysis/ml/ort.ts.
const CONCURRENCY = 4;
/** Downloaded files, reused: two batches are analysed at once (their downloads up to 1 MB are pooled). */
const downloads = new BufferPool(2 * CONCURRENCY, 1 << 20);

/** Fetch and analyse each URL; every URL gets a verdict, failures included. */
export async function analyzeUrls(urls: string[], decode: ImageDecoder, opts: AnalyzeUrlsOptions = {}): Promise<UrlVerdict[]> {
  const out: UrlVerdict[] = new Array(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < urls.length; i = next++) {
      const url = urls[i] as string;
      out[i] = { url, verdict: await analyzeUrl(url, decode, opts) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, urls.length) }, worker));
  return out;
}

async function analyzeUrl(url: string, decode: ImageDecoder, { fetchImpl, gate }: AnalyzeUrlsOptions): Promise<ImageVerdict> {
  try {
    const img = await fetchImage(url, { pool: downloads, ...(fetchImpl ? { fetchImpl } : {}) });
    try {
      // The download is network time; decoding and the models are the CPU the page may need.
      await gate?.pass();
      // Nothing reads the bytes once analyzeBytes settles: the browser decoder copies them into a Blob and
      // WebCrypto copies them, each before its first await.
      return await analyzeBytes(img.bytes, img.contentType, decode);
    } finally {
      img.release?.();
    }
  } catch (e) {
    const error = e instanceof ImageError ? e.message : `couldn't analyse image (${String(e).slice(0, 120)})`;
    return { status: 'error', error };
  }
}
