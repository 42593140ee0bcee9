/** Encoded bytes → AnalysedVerdict, never throwing: limits, decode, hash, analyse. */
import { checkByteLength, ImageError, IMAGE_LIMITS, imageTypeOf } from './image/limits';
import { sha256Hex } from './image/sha256';
import { ModelUnavailableError } from './ml/model-error';
import { phash } from '../signals/phash';
import type { ImageDecoder } from './image/types';
import { analyzeImage, type AnalyzeOptions } from './analyze';
import type { AnalysedVerdict } from './analysed-verdict';

/** Checks and analyses one image; any failure becomes {status: 'error', error: "<short reason>"}. */
export async function analyzeBytes(
  bytes: Uint8Array,
  contentType: string | null,
  decode: ImageDecoder,
  opts: AnalyzeOptions = {},
): Promise<AnalysedVerdict> {
  try {
    checkByteLength(bytes.byteLength, IMAGE_LIMITS.maxBytes);
    const sniffed = imageTypeOf(bytes, contentType);
    const [img, sha256] = await Promise.all([decode(bytes, sniffed), sha256Hex(bytes)]);
    // The perceptual hash rides along so reused avatars can be matched across accounts (signals).
    const verdict = await analyzeImage(img, sha256, { phashOf: phash, ...opts });
    // Once analyzeImage has returned nothing reads the pixels; after a throw, work on them may still run
    // (a provider started early), so they are left to the GC.
    img.release?.();
    return verdict;
  } catch (e) {
    if (e instanceof ImageError) return { status: 'error', error: e.message };
    // Already logged once by analysis/ml/ort.ts; the badge reads "couldn't check: model unavailable".
    if (e instanceof ModelUnavailableError) return { status: 'error', error: e.message };
    const text = e instanceof Error ? e.message : String(e);
    console.error(`[sockscope:analyze] ${text}`);
    return { status: 'error', error: `couldn't analyse image (${text.replace(/^\[sockscope:[\w-]+\] /, '').slice(0, 120)})` };
  }
}
