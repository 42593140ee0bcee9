import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeNode } from './image/decode-node';
import type { ImageDecoder } from './image/types';
import { analyzeBytes } from './analyze-bytes';
import { setupNodeOrt } from './ml/node-models';

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

describe('analyzeBytes and pooled pixels', () => {
  beforeAll(() => setupNodeOrt());
  const lending = (): { decode: ImageDecoder; release: ReturnType<typeof vi.fn> } => {
    const release = vi.fn();
    return { release, decode: async (bytes, type) => ({ ...(await decodeNode(bytes, type)), release }) };
  };

  it('hands the pixels back once the analysis is done', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } }).png().toBuffer();
    const { decode, release } = lending();
    expect((await analyzeBytes(new Uint8Array(png), 'image/png', decode)).status).toBe('no-face');
    expect(release).toHaveBeenCalledOnce();
  });

  it('does not hand them back when the analysis failed, as work on them may still run', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } }).png().toBuffer();
    const { decode, release } = lending();
    const v = await analyzeBytes(new Uint8Array(png), 'image/png', decode, {
      phashOf: () => {
        throw new Error('hash failed');
      },
    });
    expect(v).toMatchObject({ status: 'error', error: "couldn't analyse image (hash failed)" });
    expect(release).not.toHaveBeenCalled();
  });
});
