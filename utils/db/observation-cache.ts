import type { ObservationRecord } from './records.ts';

/**
 * Observation records by id, kept across assessments. Safe to reuse because observations are only ever
 * added (never put again) and the key generator never hands out an id twice, not even after a clear;
 * callers use a cached record only for ids their own index lookup just returned, so deleted posts
 * (prune, "Clear all data" in the dashboard) never come back as evidence.
 */
export class ObservationCache {
  private readonly entries = new Map<number, Promise<ObservationRecord | undefined>>();

  constructor(private readonly maxEntries = 5_000) {}

  /** The record for `id`, reading it with `read` only when no earlier or in-flight read has it. */
  get(id: number, read: (id: number) => Promise<ObservationRecord | undefined>): Promise<ObservationRecord | undefined> {
    const hit = this.entries.get(id);
    if (hit) {
      // Least recently used goes first: re-insert on every hit.
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    const p = read(id);
    this.insert(id, p);
    // A failed read is not remembered, so the next lookup tries again.
    p.then((r) => r === undefined && this.entries.get(id) === p && this.entries.delete(id)).catch(() => this.entries.get(id) === p && this.entries.delete(id));
    return p;
  }

  /** A record the caller already holds (e.g. the account's own posts). */
  set(record: ObservationRecord): void {
    if (record.id !== undefined) this.insert(record.id, Promise.resolve(record));
  }

  /** Newest last; the oldest goes once the bound is passed. */
  private insert(id: number, p: Promise<ObservationRecord | undefined>): void {
    this.entries.delete(id);
    this.entries.set(id, p);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
