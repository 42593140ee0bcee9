import { describe, expect, it } from 'vitest';
import { rgbToRgba } from './rgb-to-rgba';

describe('rgbToRgba', () => {
  it('keeps every channel in place and makes every pixel opaque', () => {
    const pixels = 1001;
    const rgb = Uint8Array.from({ length: pixels * 3 }, (_, i) => (i * 37 + (i >> 3)) & 255);
    const out = rgbToRgba(rgb, pixels);
    expect(out.length).toBe(pixels * 4);
    const want = new Uint8ClampedArray(pixels * 4);
    for (let i = 0; i < pixels; i++) want.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
    expect(Array.from(out)).toEqual(Array.from(want));
  });

  it('reads an RGB buffer that starts inside a larger one', () => {
    const backing = Uint8Array.from([9, 9, 1, 2, 3, 250, 251, 252]);
    expect(Array.from(rgbToRgba(backing.subarray(2), 2))).toEqual([1, 2, 3, 255, 250, 251, 252, 255]);
  });

  it('refuses a buffer too short for the pixel count', () => {
    expect(() => rgbToRgba(new Uint8Array(5), 2)).toThrow(/fewer than 2/);
  });
});
