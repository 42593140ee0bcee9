import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffer-pool';

describe('BufferPool', () => {
  it('hands a returned buffer out again for any length it can hold', () => {
    const pool = new BufferPool(4, 1 << 20);
    const a = pool.take(400 * 400 * 4);
    expect(a.byteLength).toBe(400 * 400 * 4);
    pool.give(a);
    expect(pool.take(300 * 400 * 4)).toBe(a);
    expect(pool.size).toBe(0);
  });

  it('takes the smallest free buffer that fits, and allocates when none does', () => {
    const pool = new BufferPool(4, 1 << 20);
    const [big, small] = [pool.take(4000), pool.take(1000)];
    pool.give(big);
    pool.give(small);
    expect(pool.take(800)).toBe(small);
    const [older, newer] = [pool.take(1000), pool.take(1000)];
    pool.give(older);
    pool.give(newer);
    expect(pool.take(1000)).toBe(newer);
    const fresh = pool.take(8000);
    expect(fresh).not.toBe(big);
    expect(fresh.byteLength).toBe(8000);
  });

  it('keeps at most maxFree buffers, dropping the oldest', () => {
    const pool = new BufferPool(2, 1 << 20);
    const [a, b, c] = [pool.take(10), pool.take(20), pool.take(30)];
    for (const x of [a, b, c]) pool.give(x);
    expect(pool.size).toBe(2);
    expect(pool.take(10)).toBe(b);
    expect(pool.take(10)).toBe(c);
  });

  it('keeps no buffer over maxBytes, none given back twice, and no detached one', () => {
    const pool = new BufferPool(4, 100);
    pool.give(pool.take(101));
    expect(pool.size).toBe(0);
    const a = pool.take(50);
    pool.give(a);
    pool.give(a);
    expect(pool.size).toBe(1);
    const moved = pool.take(50);
    structuredClone(moved, { transfer: [moved] });
    pool.give(moved);
    expect(pool.size).toBe(0);
  });
});
