/** Decoded pixels, RGBA 8-bit, row-major (same layout as ImageData). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
