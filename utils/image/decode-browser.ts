/** Browser decoder (offscreen document): Blob → createImageBitmap → OffscreenCanvas → ImageData. */
import { readDeclaredSize } from './declared-size.ts';
import { checkDimensions, IMAGE_LIMITS, ImageError } from './limits.ts';
import type { RgbaImage } from './types.ts';

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
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new ImageError('decode', "couldn't decode image (no 2D canvas)");
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width, height, data };
  } finally {
    bitmap.close();
  }
}
