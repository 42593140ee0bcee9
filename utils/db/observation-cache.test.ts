import { describe, expect, it, vi } from 'vitest';
import { ObservationCache } from './observation-cache';
import type { ObservationRecord } from './records';

const rec = (id: number) => ({ id, accountKey: `x:${id}` }) as unknown as ObservationRecord;

describe('ObservationCache', () => {
  it('reads an id once, even when asked for it concurrently', async () => {
    const cache = new ObservationCache();
    const read = vi.fn(async (id: number) => rec(id));
    const [a, b] = await Promise.all([cache.get(7, read), cache.get(7, read)]);
    expect(a).toBe(b);
    await cache.get(7, read);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not remember a missing record or a failed read', async () => {
    const cache = new ObservationCache();
    expect(await cache.get(1, async () => undefined)).toBeUndefined();
    await expect(cache.get(2, async () => Promise.reject(new Error('aborted')))).rejects.toThrow('aborted');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    expect(await cache.get(2, async (id) => rec(id))).toEqual(rec(2));
  });

  it('stays within its bound and drops the least recently used first', async () => {
    const cache = new ObservationCache(3);
    for (const id of [1, 2, 3]) cache.set(rec(id));
    const read = vi.fn(async (id: number) => rec(id));
    await cache.get(1, read); // 1 is now the most recent
    cache.set(rec(4)); // evicts 2
    expect(cache.size).toBe(3);
    await cache.get(1, read);
    await cache.get(3, read);
    expect(read).not.toHaveBeenCalled();
    await cache.get(2, read);
    expect(read).toHaveBeenCalledTimes(1);
  });
});

describe('ObservationCache.getMany', () => {
  it('gives the existing records in the order asked, reading only those it does not hold', async () => {
    const cache = new ObservationCache();
    cache.set(rec(2));
    const read = vi.fn(async (id: number) => (id === 9 ? undefined : rec(id)));
    expect((await cache.getMany([3, 2, 9, 1], read)).map((r) => r.id)).toEqual([3, 2, 1]);
    expect(read.mock.calls.map(([id]) => id)).toEqual([3, 9, 1]);
    // Held records come back without a read; the missing one is asked for again.
    expect((await cache.getMany(new Set([1, 9, 3]), read)).map((r) => r.id)).toEqual([1, 3]);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('shares a read already under way', async () => {
    const cache = new ObservationCache();
    let resolve!: (r: ObservationRecord) => void;
    const read = vi.fn(() => new Promise<ObservationRecord | undefined>((r) => (resolve = r)));
    const first = cache.get(5, read);
    const many = cache.getMany([5], read);
    resolve(rec(5));
    expect(await many).toEqual([await first]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps the object it holds when handed the same record again', async () => {
    const cache = new ObservationCache();
    const held = rec(4);
    cache.set(held);
    cache.set(rec(4));
    expect(await cache.get(4, async () => undefined)).toBe(held);
    expect((await cache.getMany([4], async () => undefined))[0]).toBe(held);
  });
});
