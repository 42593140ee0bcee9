import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNode } from '../image/decode-node.ts';
import { analyzeBytes } from './analyze-bytes.ts';
import { setupNodeOrt } from './node-models.ts';

/** A PNG header claiming 12000×12000 px (the IHDR is all sharp needs to read the size). */
async function hugePngHeader(): Promise<Uint8Array> {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).png().toBuffer();
  const out = new Uint8Array(png);
  new DataView(out.buffer).setUint32(16, 12000);
  new DataView(out.buffer).setUint32(20, 12000);
  return out;
}

describe('analyzeBytes turns every bad input into an error verdict', () => {
  beforeAll(() => setupNodeOrt());
  const errorOf = async (bytes: Uint8Array, type: string | null = null): Promise<string> => {
    const v = await analyzeBytes(bytes, type, decodeNode);
    if (v.status !== 'error') throw new Error(`expected an error verdict, got ${v.status}`);
    return v.error;
  };

  it('zero bytes', async () => {
    expect(await errorOf(new Uint8Array(0))).toBe('empty image (0 bytes)');
  });
  it('too many bytes', async () => {
    expect(await errorOf(new Uint8Array(9 * 1024 * 1024))).toMatch(/^image too large \(9 MB; limit 8 MB\)$/);
  });
  it('too many pixels (reads the header, never decodes)', async () => {
    expect(await errorOf(await hugePngHeader())).toBe('image too large (12000×12000 px)');
  });
  it('not an image', async () => {
    expect(await errorOf(new TextEncoder().encode('<!doctype html><p>403</p>'), 'text/html')).toBe('not a supported image (text/html)');
  });
  it('truncated JPEG', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#a33' } }).jpeg().toBuffer();
    expect(await errorOf(new Uint8Array(jpeg.subarray(0, jpeg.length / 2)))).toMatch(/^couldn't decode image/);
  });
  it('a plain grey image has no face', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } }).png().toBuffer();
    const v = await analyzeBytes(new Uint8Array(png), 'image/png', decodeNode);
    expect(v.status).toBe('no-face');
    if (v.status === 'no-face') expect(v.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
