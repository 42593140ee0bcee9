/** Decoded pixels, RGBA 8-bit, row-major (same layout as ImageData). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A decoder's result; its pixels may be lent from a pool, to hand back with release() once read. */
export interface DecodedImage extends RgbaImage {
  release?: () => void;
}

/** Turns encoded bytes (already checked against the limits) into pixels; throws ImageError. */
export type ImageDecoder = (bytes: Uint8Array, contentType: string) => Promise<DecodedImage>;
