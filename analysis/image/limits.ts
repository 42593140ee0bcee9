/** Limits on the images Sockscope will decode, and the typed errors that report a breach. */

/** Hard limits; an avatar is ~400×400 px and tens of KB, so these only stop abuse and accidents. */
export const IMAGE_LIMITS = {
  maxBytes: 8 * 1024 * 1024,
  // 4096² px. Fuzzing (scripts/dev/fuzz-images.ts) found that a ~100 KB PNG bomb of 36 Mpx, under the old
  // 40 Mpx limit, took 1.6–5 s and ~900 MB of RSS to decode and hash on a 2-core machine.
  maxPixels: 4096 * 4096,
  timeoutMs: 10_000,
  contentTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
} as const;

export type ImageContentType = (typeof IMAGE_LIMITS.contentTypes)[number];

export type ImageErrorCode = 'empty' | 'too-many-bytes' | 'too-many-pixels' | 'bad-type' | 'decode' | 'timeout' | 'http' | 'network';

/** An image we refuse or cannot read; `message` is short and meant for users. */
export class ImageError extends Error {
  override readonly name = 'ImageError';
  constructor(
    readonly code: ImageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const MB = 1024 * 1024;

/** "8 MB", "12.5 MB", "730 KB": sizes in user messages. */
export function formatBytes(n: number): string {
  if (n >= MB) return `${Number((n / MB).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** Throws unless 0 < byteLength ≤ maxBytes. */
export function checkByteLength(byteLength: number, maxBytes: number = IMAGE_LIMITS.maxBytes): void {
  if (byteLength === 0) throw new ImageError('empty', 'empty image (0 bytes)');
  if (byteLength > maxBytes) {
    throw new ImageError('too-many-bytes', `image too large (${formatBytes(byteLength)}; limit ${formatBytes(maxBytes)})`);
  }
}

/** Throws unless width × height ≤ maxPixels (and both are positive). */
export function checkDimensions(width: number, height: number, maxPixels: number = IMAGE_LIMITS.maxPixels): void {
  if (!(width > 0 && height > 0)) throw new ImageError('decode', `couldn't read image size (${width}×${height} px)`);
  if (width * height > maxPixels) throw new ImageError('too-many-pixels', `image too large (${width}×${height} px)`);
}

/** Normalises a Content-Type header ("image/JPEG; q=1" → "image/jpeg"); null when absent. */
export function normaliseContentType(header: string | null | undefined): string | null {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  if (!type) return null;
  return type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type;
}


const ascii = (bytes: Uint8Array, start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));

/** Content type from the file's magic bytes, or null: the bytes, not a header or file name, decide. */
export function sniffImageType(bytes: Uint8Array): ImageContentType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12))) return 'image/avif';
  return null;
}

/**
 * The one rule for what an image is: its magic bytes decide, never a header or a file name (servers label
 * WebP as JPEG, CDNs send octet-stream, files have no header at all). Throws "not a supported image
 * (text/html)" naming the declared type when the bytes are no image we decode.
 */
export function imageTypeOf(bytes: Uint8Array, declared: string | null | undefined): ImageContentType {
  const sniffed = sniffImageType(bytes);
  if (sniffed) return sniffed;
  const type = normaliseContentType(declared);
  throw new ImageError('bad-type', `not a supported image (${type && !type.startsWith('image/') ? type : 'unknown format'})`);
}
