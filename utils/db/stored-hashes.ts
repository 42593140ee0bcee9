/**
 * Every distinct avatar phash in the store, held by the worker as two 32-bit halves and scanned linearly
 * for near duplicates: 20,000 hashes take about 0.1 ms. Index lookups did worse. Face hashes are skewed,
 * so each one-byte band value held about 1% of all images and a lookup read ~9% of the store; band pairs
 * (28 keys per hash) cost 28 IndexedDB requests per lookup, about 10 ms of CPU with 20,000 stored.
 */
import type { EvidenceDb } from './schema';

export class StoredHashes {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private n = 0;

  get size(): number {
    return this.n;
  }

  /** Adds a 16-hex hash (a repeat only costs a slot: near() returns each hash once). */
  add(hash: string): void {
    if (!/^[0-9a-f]{16}$/.test(hash)) return;
    if (this.n === this.hi.length) {
      this.hi = grow(this.hi);
      this.lo = grow(this.lo);
    }
    this.hi[this.n] = parseInt(hash.slice(0, 8), 16);
    this.lo[this.n++] = parseInt(hash.slice(8), 16);
  }

  /** The stored hashes within maxBits of `hash` (itself included when stored). */
  near(hash: string, maxBits: number): string[] {
    const qh = parseInt(hash.slice(0, 8), 16);
    const ql = parseInt(hash.slice(8), 16);
    const out = new Set<string>();
    for (let i = 0; i < this.n; i++) {
      const bits = popcount(this.hi[i]! ^ qh) + popcount(this.lo[i]! ^ ql);
      if (bits <= maxBits) out.add(hex(this.hi[i]!) + hex(this.lo[i]!));
    }
    return [...out];
  }
}

function grow(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const hex = (x: number): string => x.toString(16).padStart(8, '0');

// One set per open store: loaded on the first lookup, then kept current by the writes of this context
// (the service worker is the only one that stores images). Hashes of deleted images may linger until the
// worker restarts; a lookup then finds no image for them, which costs one read, never a wrong match.
const loaded = new WeakMap<EvidenceDb, Promise<StoredHashes>>();

/** The store's hashes, read once (one request) per open store. */
export function storedHashes(db: EvidenceDb): Promise<StoredHashes> {
  let p = loaded.get(db);
  if (!p) {
    p = db.getAllKeys('phashes').then((keys) => {
      const set = new StoredHashes();
      for (const k of keys) set.add(k);
      return set;
    });
    loaded.set(db, p);
    p.catch(() => loaded.get(db) === p && loaded.delete(db));
  }
  return p;
}

/** Tells a loaded set about hashes that a committed transaction stored. */
export function noteStoredHashes(db: EvidenceDb, hashes: readonly string[]): void {
  void loaded.get(db)?.then(
    (set) => hashes.forEach((h) => set.add(h)),
    () => undefined,
  );
}
