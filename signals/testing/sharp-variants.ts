import sharp from 'sharp';
import type { RgbaImage } from '../../analysis/image/types';

/** Decodes any image buffer to RgbaImage with sharp (test / bench only: Node). */
export async function decodeRgba(input: Buffer): Promise<RgbaImage> {
  const { data, info } = await sharp(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}

/** Encodes an RgbaImage as PNG (lossless starting point for the variants). */
export async function encodePng(img: RgbaImage): Promise<Buffer> {
  return sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length), {
    raw: { width: img.width, height: img.height, channels: 4 },
  }).png().toBuffer();
}

/** The platform-like variants of one avatar: the sizes X serves (400→200→96→48) and JPEG q30–95. */
export async function platformVariants(src: Buffer): Promise<Array<{ name: string; image: RgbaImage }>> {
  const out: Array<{ name: string; image: RgbaImage }> = [];
  for (const size of [200, 96, 48]) {
    out.push({ name: `resize-${size}`, image: await decodeRgba(await sharp(src).resize(size, size, { fit: 'fill' }).png().toBuffer()) });
  }
  for (const q of [30, 50, 75, 95]) {
    out.push({ name: `jpeg-q${q}`, image: await decodeRgba(await sharp(src).jpeg({ quality: q }).toBuffer()) });
  }
  // Both at once, as a re-uploaded avatar usually is: downscaled and recompressed.
  out.push({ name: 'resize-96+jpeg-q50', image: await decodeRgba(await sharp(src).resize(96, 96, { fit: 'fill' }).jpeg({ quality: 50 }).toBuffer()) });
  return out;
}
