/** Browser decoder (offscreen document): Blob → createImageBitmap → OffscreenCanvas → ImageData. */
import { readDeclaredSize } from './declared-size.ts';
import { checkDimensions, IMAGE_LIMITS, ImageError } from './limits.ts';
import type { RgbaImage } from './types.ts';

/** Avatars up to this size reuse one canvas (context creation costs about as much as the draw). */
const REUSE_MAX_PIXELS = 1024 * 1024;
let shared: OffscreenCanvasRenderingContext2D | null = null;

/** A 2D context of exactly width × height; the draw and read that follow are synchronous, so sharing is safe. */
function context2d(width: number, height: number): OffscreenCanvasRenderingContext2D | null {
  if (width * height > REUSE_MAX_PIXELS) return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  shared ??= new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!shared) return null;
  const c = shared.canvas;
  if (c.width !== width || c.height !== height) [c.width, c.height] = [width, height];
  // 'copy' replaces every pixel, alpha included, so a translucent avatar never shows the previous one
  // through it and no clear is needed (resizing resets this state, so it is set each time).
  shared.globalCompositeOperation = 'copy';
  return shared;
}

/** Decodes image bytes to RGBA with the browser's own codecs (EXIF orientation applied). */
export async function decodeBrowser(bytes: Uint8Array, contentType: string, maxPixels: number = IMAGE_LIMITS.maxPixels): Promise<RgbaImage> {
  // Refuse a declared bomb before Chromium spends seconds and hundreds of MB decoding it (see declared-size.ts).
  const declared = readDeclaredSize(bytes);
  if (declared && declared.width * declared.height > maxPixels) {
    throw new ImageError('too-many-pixels', `image too large (${declared.width}×${declared.height} px)`);
  }
  let bitmap: ImageBitmap;
  try {
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType });
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image', premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  } catch {
    throw new ImageError('decode', "couldn't decode image (truncated, corrupt or not an image)");
  }
  try {
    checkDimensions(bitmap.width, bitmap.height, maxPixels);
    const ctx = context2d(bitmap.width, bitmap.height);
    if (!ctx) throw new ImageError('decode', "couldn't decode image (no 2D canvas)");
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width, height, data };
  } finally {
    bitmap.close();
  }
}
