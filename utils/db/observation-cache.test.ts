import { describe, expect, it, vi } from 'vitest';
import { ObservationCache } from './observation-cache.ts';
import type { ObservationRecord } from './records.ts';

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
