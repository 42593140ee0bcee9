/**
 * Reusable RGBA buffers for the browser decoder. An avatar's pixels (640 KB at 400 px) are garbage once
 * analysed, and V8 collects such buffers only every few tens of MB, so a steady stream of avatars kept
 * that much dead memory in the offscreen document. A few pooled buffers carry the stream instead.
 */
export class PixelPool {
  private readonly free: ArrayBuffer[] = [];

  /**
   * @param maxFree buffers kept for reuse (about the number of avatars analysed at once)
   * @param maxBytes larger requests get a buffer of their own, left to the GC
   */
  constructor(
    private readonly maxFree: number,
    private readonly maxBytes: number,
  ) {}

  /** A view of exactly `length` bytes on the smallest free buffer that fits, or on a new one. */
  take(length: number): Uint8ClampedArray {
    let best: ArrayBuffer | undefined;
    for (const b of this.free) if (b.byteLength >= length && (!best || b.byteLength < best.byteLength)) best = b;
    if (!best) return new Uint8ClampedArray(length);
    this.free.splice(this.free.indexOf(best), 1);
    return new Uint8ClampedArray(best, 0, length);
  }

  /** Returns a view from take(); nothing may read it afterwards. */
  give(view: Uint8ClampedArray): void {
    const buf = view.buffer as ArrayBuffer;
    if (buf.byteLength > this.maxBytes || this.free.includes(buf)) return;
    // The oldest goes: sizes drift with the site being read, and the newest match what comes next.
    if (this.free.length >= this.maxFree) this.free.shift();
    this.free.push(buf);
  }

  /** Free buffers held now (tests). */
  get size(): number {
    return this.free.length;
  }
}
