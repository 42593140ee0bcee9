import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { YieldGate } from './yield-gate';

describe('YieldGate', () => {
  beforeEach(() => vi.useFakeTimers({ now: 10_000 }));
  afterEach(() => vi.useRealTimers());
  const gate = () => new YieldGate({ holdMs: 600, trickleMs: 250, now: () => Date.now() });

  /** Start `n` waiters and return the fake times at which each passed. */
  function passTimes(g: YieldGate, n: number): number[] {
    const times: number[] = [];
    for (let i = 0; i < n; i++) void g.pass().then(() => times.push(Date.now() - 10_000));
    return times;
  }

  it('lets every task through at once when nobody scrolls', async () => {
    const times = passTimes(gate(), 5);
    await vi.advanceTimersByTimeAsync(0);
    expect(times).toEqual([0, 0, 0, 0, 0]);
  });

  it('while held, lets one task through per trickle slot, and all the rest when the hold ends', async () => {
    const g = gate();
    await g.pass(); // a task just started: the next slot is 250 ms away
    g.hold();
    expect(g.held).toBe(true);
    const times = passTimes(g, 5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(times).toEqual([250, 500, 600, 600, 600]);
    expect(g.held).toBe(false);
  });

  it('a scroll that goes on keeps extending the hold, with the trickle still flowing', async () => {
    const g = gate();
    g.hold();
    const times = passTimes(g, 4);
    for (let k = 0; k < 8; k++) {
      await vi.advanceTimersByTimeAsync(200);
      g.hold(); // a signal every 200 ms, as the content script sends them
    }
    expect(times).toEqual([0, 250, 500, 750]);
  });

  it('a hold never shortens an earlier, longer one', async () => {
    const g = new YieldGate({ holdMs: 600, trickleMs: 10_000, now: () => Date.now() });
    g.hold();
    await vi.advanceTimersByTimeAsync(100);
    g.hold();
    await g.pass();
    const times = passTimes(g, 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(times).toEqual([700]);
  });
});
