/**
 * Reusable ArrayBuffers for the offscreen document's per-avatar bytes: the downloaded file (fetch-image.ts)
 * and the decoded RGBA pixels (decode-browser.ts, 640 KB at 400 px). Each is garbage once its avatar is
 * analysed, and V8 collects such buffers only every few tens of MB, so a steady stream of avatars kept that
 * much dead memory in the document (measured: 2,000 downloads read into fresh buffers raised the process
 * from 115 to 168 MB; read into one reused buffer, 93 MB). A few pooled buffers carry the stream instead.
 */
export class BufferPool {
  private readonly free: ArrayBuffer[] = [];

  /**
   * @param maxFree buffers kept for reuse (about the number of avatars analysed at once)
   * @param maxBytes larger buffers are not kept, and left to the GC
   */
  constructor(
    private readonly maxFree: number,
    private readonly maxBytes: number,
  ) {}

  /** The smallest free buffer of at least `length` bytes (the newest of equals), or a new one of exactly `length`. */
  take(length: number): ArrayBuffer {
    let best: ArrayBuffer | undefined;
    for (const b of this.free) if (b.byteLength >= length && (!best || b.byteLength <= best.byteLength)) best = b;
    if (!best) return new ArrayBuffer(length);
    this.free.splice(this.free.indexOf(best), 1);
    return best;
  }

  /** Returns a buffer from take(); nothing may read it afterwards. A detached one is dropped. */
  give(buf: ArrayBuffer): void {
    if (buf.byteLength === 0 || buf.byteLength > this.maxBytes || this.free.includes(buf)) return;
    // The oldest goes: sizes drift with the site being read, and the newest match what comes next.
    if (this.free.length >= this.maxFree) this.free.shift();
    this.free.push(buf);
  }

  /** Free buffers held now (tests). */
  get size(): number {
    return this.free.length;
  }
}
