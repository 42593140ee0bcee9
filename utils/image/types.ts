/** Decoded pixels, RGBA 8-bit, row-major (same layout as ImageData). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Turns encoded bytes (already checked against the limits) into pixels; throws ImageError. */
export type ImageDecoder = (bytes: Uint8Array, contentType: string) => Promise<RgbaImage>;
