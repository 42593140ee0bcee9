/**
 * Reusable RGBA buffers for the browser decoder. An avatar's pixels (640 KB at 400 px) are garbage once
 * analysed, and V8 collects such buffers only every few tens of MB, so a steady stream of avatars kept
 * that much dead memory in the offscreen document. A few pooled buffers carry the stream instead.
 */
export class PixelPool {
  private readonly free: Uint8ClampedArray[] = [];

  /**
   * @param maxFree buffers kept for reuse (about the number of avatars analysed at once)
   * @param maxBytes larger requests get a buffer of their own, left to the GC
   */
  constructor(
    private readonly maxFree: number,
    private readonly maxBytes: number,
  ) {}

  /** A buffer of exactly `length` bytes, carved from the smallest free one that fits. */
  take(length: number): Uint8ClampedArray {
    let best = -1;
    this.free.forEach((b, i) => {
      if (b.buffer.byteLength >= length && (best < 0 || b.buffer.byteLength < (this.free[best] as Uint8ClampedArray).buffer.byteLength)) best = i;
    });
    if (best < 0) return new Uint8ClampedArray(length);
    const [buf] = this.free.splice(best, 1) as [Uint8ClampedArray];
    return new Uint8ClampedArray(buf.buffer, 0, length);
  }

  /** Returns a buffer from take(); nothing may read it afterwards. */
  give(buf: Uint8ClampedArray): void {
    if (buf.buffer.byteLength > this.maxBytes || this.free.some((b) => b.buffer === buf.buffer)) return;
    // The oldest goes: sizes drift with the site being read, and the newest match what comes next.
    if (this.free.length >= this.maxFree) this.free.shift();
    this.free.push(buf);
  }

  /** Free buffers held now (tests). */
  get size(): number {
    return this.free.length;
  }
}
