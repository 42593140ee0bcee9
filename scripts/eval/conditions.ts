/** The evaluation conditions: how platforms serve an avatar (sizes, JPEG) and how sock puppets re-crop GAN faces. */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { RgbaImage } from '../../analysis/image/types';
import type { FaceRow } from './faces';

export interface Condition { name: string; size: number; jpegQuality: number; recrop: boolean }

/**
 * X's 400 px avatar at JPEG q85, its 200, 96 and 48 px thumbnails, YouTube's 176 and 88 px channel
 * avatars, and a random re-crop (scale 70–100%, shift ≤ 15%). All JPEG q85.
 */
export const CONDITIONS: readonly Condition[] = [
  { name: 'x400-q85', size: 400, jpegQuality: 85, recrop: false },
  { name: '200px', size: 200, jpegQuality: 85, recrop: false },
  { name: '96px', size: 96, jpegQuality: 85, recrop: false },
  { name: '48px', size: 48, jpegQuality: 85, recrop: false },
  { name: 'yt176', size: 176, jpegQuality: 85, recrop: false },
  { name: 'yt88', size: 88, jpegQuality: 85, recrop: false },
  { name: 'recrop', size: 400, jpegQuality: 85, recrop: true },
];

/** Two numbers in [0, 1) from a path: the same re-crop on every run. */
function unit(path: string, salt: string): number {
  return parseInt(createHash('sha256').update(`${salt}:${path}`).digest('hex').slice(0, 8), 16) / 2 ** 32;
}

/** The image as the condition serves it, decoded to RGBA. */
export async function conditioned(row: FaceRow, c: Condition): Promise<RgbaImage> {
  const meta = await sharp(row.path).metadata();
  const [w, h] = [meta.width ?? 0, meta.height ?? 0];
  const s = Math.min(w, h);
  let side = s;
  let [left, top] = [Math.floor((w - s) / 2), Math.floor((h - s) / 2)];
  if (c.recrop) {
    side = Math.max(1, Math.floor(s * (0.7 + 0.3 * unit(row.path, 'scale'))));
    const cx = w / 2 + (unit(row.path, 'dx') * 0.3 - 0.15) * s;
    const cy = h / 2 + (unit(row.path, 'dy') * 0.3 - 0.15) * s;
    left = Math.round(Math.min(Math.max(cx - side / 2, 0), w - side));
    top = Math.round(Math.min(Math.max(cy - side / 2, 0), h - side));
  }
  const jpeg = await sharp(row.path).removeAlpha().extract({ left, top, width: side, height: side }).resize(c.size, c.size, { fit: 'fill' }).jpeg({ quality: c.jpegQuality }).toBuffer();
  const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}
