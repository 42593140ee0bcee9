import type { ObservationRecord } from './records';

/** A read under way or done; `record` is set once it has resolved to a record. */
interface Entry {
  read: Promise<ObservationRecord | undefined>;
  record?: ObservationRecord;
  /** Used since it was last (re)inserted: the bound gives it a second chance (see insert). */
  used: boolean;
}

/**
 * Observation records by id, kept across assessments. Safe to reuse because observations are only ever
 * added (never put again) and the key generator never hands out an id twice, not even after a clear;
 * callers use a cached record only for ids their own index lookup just returned, so deleted posts
 * (prune, "Clear all data" in the dashboard) never come back as evidence.
 */
export class ObservationCache {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly maxEntries = 5_000) {}

  /** The record for `id`, reading it with `read` only when no earlier or in-flight read has it. */
  get(id: number, read: (id: number) => Promise<ObservationRecord | undefined>): Promise<ObservationRecord | undefined> {
    const hit = this.touch(id);
    if (hit) return hit.read;
    const entry: Entry = { read: read(id), used: false };
    this.insert(id, entry);
    entry.read.then(
      (r) => {
        // A missing record is not remembered, so the next lookup tries again.
        if (r !== undefined) entry.record = r;
        else if (this.entries.get(id) === entry) this.entries.delete(id);
      },
      // Nor is a failed read.
      () => this.entries.get(id) === entry && this.entries.delete(id),
    );
    return entry.read;
  }

  /**
   * The records of `ids` that exist, in the order given. Records already read come back without a
   * promise each: an assessment in a campaign asks for the campaign's every post.
   */
  async getMany(ids: Iterable<number>, read: (id: number) => Promise<ObservationRecord | undefined>): Promise<ObservationRecord[]> {
    const out: (ObservationRecord | undefined)[] = [];
    const pending: Promise<void>[] = [];
    for (const id of ids) {
      const record = this.touch(id)?.record;
      if (record) out.push(record);
      else {
        const at = out.push(undefined) - 1;
        pending.push(this.get(id, read).then((r) => void (out[at] = r)));
      }
    }
    if (pending.length > 0) await Promise.all(pending);
    return out.filter((r): r is ObservationRecord => r !== undefined);
  }

  /**
   * A record the caller already holds (e.g. the account's own posts). One already held stays: records never
   * change, and keeping the same object lets work keyed on it (excerpts, groupings) be reused.
   */
  set(record: ObservationRecord): void {
    if (record.id === undefined) return;
    const held = this.touch(record.id);
    if (held?.record) return;
    this.insert(record.id, { read: Promise.resolve(record), record, used: false });
  }

  /** The entry for `id`, marked as used. A flag, not a re-insert: a campaign's assessments hit every post. */
  private touch(id: number): Entry | undefined {
    const hit = this.entries.get(id);
    if (hit) hit.used = true;
    return hit;
  }

  /**
   * Newest last. Past the bound, the oldest goes unless it was used since it was inserted; then it moves
   * to the end with its flag cleared (second chance, an approximation of least-recently-used).
   */
  private insert(id: number, entry: Entry): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    while (this.entries.size > this.maxEntries) {
      const [oldId, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldId);
      if (!oldest.used) break;
      oldest.used = false;
      this.entries.set(oldId, oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
