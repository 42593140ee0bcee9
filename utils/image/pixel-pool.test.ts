import { describe, expect, it } from 'vitest';
import { PixelPool } from './pixel-pool.ts';

describe('PixelPool', () => {
  it('hands a returned buffer out again, cut to the length asked for', () => {
    const pool = new PixelPool(4, 1 << 20);
    const a = pool.take(400 * 400 * 4);
    pool.give(a);
    const b = pool.take(300 * 400 * 4);
    expect(b.buffer).toBe(a.buffer);
    expect(b.length).toBe(300 * 400 * 4);
    expect(pool.size).toBe(0);
  });

  it('takes the smallest free buffer that fits, and allocates when none does', () => {
    const pool = new PixelPool(4, 1 << 20);
    const [big, small] = [pool.take(4000), pool.take(1000)];
    pool.give(big);
    pool.give(small);
    expect(pool.take(800).buffer).toBe(small.buffer);
    const fresh = pool.take(8000);
    expect(fresh.buffer).not.toBe(big.buffer);
    expect(fresh.length).toBe(8000);
  });

  it('keeps at most maxFree buffers, dropping the oldest', () => {
    const pool = new PixelPool(2, 1 << 20);
    const [a, b, c] = [pool.take(10), pool.take(20), pool.take(30)];
    for (const x of [a, b, c]) pool.give(x);
    expect(pool.size).toBe(2);
    expect(pool.take(10).buffer).toBe(b.buffer);
    expect(pool.take(10).buffer).toBe(c.buffer);
  });

  it('does not keep a buffer over maxBytes, nor one given back twice', () => {
    const pool = new PixelPool(4, 100);
    pool.give(pool.take(101));
    expect(pool.size).toBe(0);
    const a = pool.take(50);
    pool.give(a);
    pool.give(a);
    expect(pool.size).toBe(1);
  });
});
