import { describe, expect, it, vi } from 'vitest';
import { contextTimers } from './context-timers';

function fakeContext() {
  const listeners: (() => void)[] = [];
  return {
    onInvalidated: vi.fn((cb: () => void) => {
      listeners.push(cb);
      return () => undefined;
    }),
    invalidate: () => listeners.forEach((cb) => cb()),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('contextTimers', () => {
  it('runs timers while the context is valid, and clears pending ones when it is invalidated', async () => {
    const ctx = fakeContext();
    const timers = contextTimers(ctx);
    const ran: string[] = [];
    timers.set(() => ran.push('first'), 0);
    await tick();
    timers.set(() => ran.push('pending'), 5);
    ctx.invalidate();
    await tick();
    expect(ran).toEqual(['first']);
    expect(timers.set(() => ran.push('late'), 0)).toBeNull();
    await tick();
    expect(ran).toEqual(['first']);
  });

  it('hangs one listener on the context, however many timers it sets', () => {
    const ctx = fakeContext();
    const timers = contextTimers(ctx);
    for (let i = 0; i < 100; i++) timers.clear(timers.set(() => undefined, 1_000));
    expect(ctx.onInvalidated).toHaveBeenCalledTimes(1);
  });
});
