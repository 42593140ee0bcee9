import { describe, expect, it } from 'vitest';
import { checkByteLength, checkDimensions, imageTypeOf, ImageError, sniffImageType } from './limits';

const bytes = (...xs: Array<number | string>): Uint8Array =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])));

describe('limits', () => {
  it('rejects empty and oversized byte counts with human messages', () => {
    expect(() => checkByteLength(0)).toThrow('empty image (0 bytes)');
    expect(() => checkByteLength(12 * 1024 * 1024)).toThrow('image too large (12 MB; limit 8 MB)');
    expect(() => checkByteLength(1000)).not.toThrow();
  });
  it('rejects too many pixels', () => {
    expect(() => checkDimensions(12000, 12000)).toThrow('image too large (12000×12000 px)');
    try {
      checkDimensions(12000, 12000);
    } catch (e) {
      expect(e).toBeInstanceOf(ImageError);
      expect((e as ImageError).code).toBe('too-many-pixels');
    }
  });
  it('takes the type from the bytes, and names the declared type when they are no image', () => {
    expect(imageTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0), 'text/html')).toBe('image/jpeg');
    expect(() => imageTypeOf(bytes('<html>'), 'text/html; charset=utf-8')).toThrow('not a supported image (text/html)');
    expect(() => imageTypeOf(bytes('<html>'), 'image/JPG')).toThrow('not a supported image (unknown format)');
    expect(() => imageTypeOf(bytes('<html>'), null)).toThrow('not a supported image (unknown format)');
  });
  it('sniffs formats from magic bytes', () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(bytes(0x89, 'PNG\r\n', 0x1a, '\n'))).toBe('image/png');
    expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(bytes('GIF89a'))).toBe('image/gif');
    expect(sniffImageType(bytes(0, 0, 0, 28, 'ftypavif'))).toBe('image/avif');
    expect(sniffImageType(bytes('<!doctype html>'))).toBeNull();
  });
});
