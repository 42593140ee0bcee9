import type { ImageVerdict } from '../../core/verdict';
import type { VerdictCache } from './verdict-cache';

/**
 * Stores verdicts as they come, one at a time or a batch at once, in as few write transactions as the store
 * allows: what arrives while a write is under way goes together in the next one. Each `put` resolves once its
 * verdicts are stored (or the write failed, which is logged), so nobody hears of a verdict before it is kept.
 */
export class VerdictWriter {
  private queued: Array<{ entries: ReadonlyArray<readonly [string, ImageVerdict]>; done: () => void }> = [];
  private writing = false;

  constructor(private readonly cache: VerdictCache) {}

  /** Store these verdicts; resolves when they are stored (a failed write is logged and resolves too). */
  put(entries: ReadonlyArray<readonly [string, ImageVerdict]>): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise<void>((done) => {
      this.queued.push({ entries, done });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    // One task's arrivals (a batch's answer and the pushes before it) start the first write together.
    await Promise.resolve();
    while (this.queued.length > 0) {
      const group = this.queued;
      this.queued = [];
      await this.cache.putMany(group.flatMap((g) => g.entries)).catch((e: unknown) => console.warn('[sockscope:background] cache write failed:', String(e)));
      for (const g of group) g.done();
    }
    this.writing = false;
  }
}
