import { afterEach, describe, expect, it, vi } from 'vitest';
import { LeadingBatcher } from './leading-batcher';

afterEach(() => vi.useRealTimers());

describe('LeadingBatcher', () => {
  it('sends the first item at once (with those of the same task), then one group per window', async () => {
    vi.useFakeTimers();
    const sent: number[][] = [];
    const b = new LeadingBatcher<number>((xs) => sent.push(xs), 100);
    b.add(1);
    b.add(2);
    await Promise.resolve();
    expect(sent).toEqual([[1, 2]]);
    b.add(3);
    await vi.advanceTimersByTimeAsync(50);
    b.add(4);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toEqual([[1, 2], [3, 4]]);
    // A quiet window later, the next item goes at once again.
    await vi.advanceTimersByTimeAsync(200);
    b.add(5);
    await Promise.resolve();
    expect(sent.at(-1)).toEqual([5]);
  });

  it('drops what is queued when cancelled', async () => {
    vi.useFakeTimers();
    const sent: number[][] = [];
    const b = new LeadingBatcher<number>((xs) => sent.push(xs), 100);
    b.add(1);
    await Promise.resolve();
    b.add(2);
    b.cancel();
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toEqual([[1]]);
  });
});
