import { describe, expect, it, vi } from 'vitest';
import { plainTimers } from './context-timers';
import { TimeSlicedQueue } from './time-sliced-queue';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('TimeSlicedQueue', () => {
  it('works at most maxItems a slice and the rest in later tasks, in order', async () => {
    const done: number[] = [];
    const slices: number[] = [];
    const q = new TimeSlicedQueue<number>({ maxItems: 3, budgetMs: 1_000 }, plainTimers, (n) => done.push(n), () => slices.push(done.length));
    q.push([1, 2, 3, 4, 5, 6, 7]);
    q.run();
    expect(done).toEqual([1, 2, 3]);
    await vi.waitFor(() => expect(done).toHaveLength(7));
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(slices).toEqual([3, 6, 7]);
    expect(q.size).toBe(0);
  });

  it('stops a slice at its deadline', () => {
    const done: number[] = [];
    const q = new TimeSlicedQueue<number>({ maxItems: 100, budgetMs: 1_000 }, plainTimers, (n) => done.push(n));
    q.push([1, 2, 3]);
    q.run(performance.now() - 1);
    expect(done).toEqual([]);
    q.clear();
  });

  it('replaces what waits, and clear cancels the scheduled slice', async () => {
    const done: string[] = [];
    const q = new TimeSlicedQueue<string>({ maxItems: 1, budgetMs: 1_000 }, plainTimers, (s) => done.push(s));
    q.push(['a', 'b']);
    q.replace(['c']);
    q.schedule();
    await tick();
    expect(done).toEqual(['c']);
    q.push(['d']);
    q.schedule();
    q.clear();
    await tick();
    expect(done).toEqual(['c']);
  });
});
