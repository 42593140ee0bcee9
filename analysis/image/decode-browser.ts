/**
 * Browser decoder (offscreen document): Blob → createImageBitmap → OffscreenCanvas → pixels. JPEGs are
 * read through a VideoFrame into pooled buffers (see buffer-pool.ts); others through getImageData.
 */
import { readDeclaredSize } from './declared-size';
import { checkDimensions, IMAGE_LIMITS, ImageError } from './limits';
import { BufferPool } from './buffer-pool';
import type { DecodedImage } from './types';

/** Avatars up to this size reuse one canvas (context creation costs about as much as the draw). */
const REUSE_MAX_PIXELS = 1024 * 1024;
let shared: OffscreenCanvasRenderingContext2D | null = null;
// About as many as avatars analysed at once (analysis/analyze-urls.ts).
const pool = new BufferPool(4, REUSE_MAX_PIXELS * 4);
/** Whether this engine's VideoFrame copies canvas pixels to RGBA; checked once, then remembered. */
let framesWork: Promise<boolean> | null = null;

/**
 * Copies one known pixel: an engine that ignores copyTo's `format` would hand back BGRA silently, with
 * the same size, so success alone proves nothing.
 */
async function checkFrames(): Promise<boolean> {
  if (typeof VideoFrame !== 'function') return false;
  let frame: VideoFrame | null = null;
  try {
    const ctx = new OffscreenCanvas(1, 1).getContext('2d');
    if (!ctx) return false;
    ctx.fillStyle = 'rgb(10 20 30)';
    ctx.fillRect(0, 0, 1, 1);
    frame = new VideoFrame(ctx.canvas, { timestamp: 0 });
    const px = new Uint8ClampedArray(4);
    await frame.copyTo(px, { format: 'RGBA', colorSpace: 'srgb' });
    return px.join() === '10,20,30,255';
  } catch {
    return false;
  } finally {
    frame?.close();
  }
}

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

/** A size to decode to: the browser scales while it decodes (`createImageBitmap`'s resizeWidth/resizeHeight). */
export interface DecodeSize {
  width: number;
  height: number;
}

/**
 * Decodes image bytes to RGBA with the browser's own codecs (EXIF orientation applied), at `size` when
 * given (measured by scripts/bench/decode-browser.ts; the analyser decodes at full size).
 */
export async function decodeBrowser(bytes: Uint8Array, contentType: string, maxPixels: number = IMAGE_LIMITS.maxPixels, size?: DecodeSize): Promise<DecodedImage> {
  // Refuse a declared bomb before Chromium spends seconds and hundreds of MB decoding it (see declared-size.ts).
  const declared = readDeclaredSize(bytes);
  if (declared && declared.width * declared.height > maxPixels) {
    throw new ImageError('too-many-pixels', `image too large (${declared.width}×${declared.height} px)`);
  }
  let bitmap: ImageBitmap;
  try {
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType });
    const resize: ImageBitmapOptions = size ? { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' } : {};
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image', premultiplyAlpha: 'none', colorSpaceConversion: 'none', ...resize });
  } catch {
    throw new ImageError('decode', "couldn't decode image (truncated, corrupt or not an image)");
  }
  try {
    checkDimensions(bitmap.width, bitmap.height, maxPixels);
    // A JPEG is opaque, so the canvas's premultiplied pixels are its own; with alpha, only getImageData
    // gives them back unpremultiplied. Settled before the draw: nothing may await between the draw on the
    // shared canvas and its read.
    const viaFrame = contentType === 'image/jpeg' && (await (framesWork ??= checkFrames()));
    const ctx = context2d(bitmap.width, bitmap.height);
    if (!ctx) throw new ImageError('decode', "couldn't decode image (no 2D canvas)");
    ctx.drawImage(bitmap, 0, 0);
    if (viaFrame) {
      const pixels = await readFrame(ctx.canvas, bitmap.width, bitmap.height);
      if (pixels) return pixels;
    }
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width, height, data };
  } finally {
    bitmap.close();
  }
}

/** The canvas's pixels as RGBA in a pooled buffer, or null where VideoFrame cannot do it. */
async function readFrame(canvas: OffscreenCanvas, width: number, height: number): Promise<DecodedImage | null> {
  let frame: VideoFrame | null = null;
  const length = width * height * 4;
  const data = new Uint8ClampedArray(pool.take(length), 0, length);
  try {
    // Made before any await: the frame snapshots the canvas, which is then free for the next image.
    frame = new VideoFrame(canvas, { timestamp: 0 });
    await frame.copyTo(data, { format: 'RGBA', colorSpace: 'srgb' });
    return { width, height, data, release: () => pool.give(data.buffer) };
  } catch (e) {
    pool.give(data.buffer);
    framesWork = Promise.resolve(false);
    console.warn(`[sockscope:decode] VideoFrame read failed, using getImageData from now on: ${String(e).slice(0, 120)}`);
    return null;
  } finally {
    frame?.close();
  }
}
