import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeNode } from './decode-node';

describe('decodeNode', () => {
  it('returns RGBA and applies the EXIF orientation', async () => {
    // 3×1 red-green-blue strip stored with orientation 6 (rotate 90° clockwise to display): shown as 1×3.
    const raw = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255]);
    const png = await sharp(raw, { raw: { width: 3, height: 1, channels: 3 } }).withMetadata({ orientation: 6 }).jpeg({ quality: 100 }).toBuffer();
    const img = await decodeNode(new Uint8Array(png));
    expect([img.width, img.height]).toEqual([1, 3]);
    expect(img.data.length).toBe(12);
    expect(img.data[3]).toBe(255);
  });
  it('rejects too many pixels with a clear message', async () => {
    const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#fff' } }).png().toBuffer();
    await expect(decodeNode(new Uint8Array(png), 'image/png', 10_000)).rejects.toThrow('image too large (200×100 px)');
  });
});
