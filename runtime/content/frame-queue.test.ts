import { describe, expect, it, vi } from 'vitest';
import { FrameQueue, type FrameClock } from './frame-queue';

/** A frame clock driven by hand: frames and timers run only when the test says, and time moves as jobs say. */
function fakeClock() {
  let now = 0;
  let frames: (() => void)[] = [];
  let timers: (() => void)[] = [];
  const clock: FrameClock = { requestFrame: (run) => void frames.push(run), setTimer: (run) => void timers.push(run), now: () => now };
  return {
    clock,
    advance: (ms: number) => (now += ms),
    frame: () => {
      const due = frames;
      frames = [];
      due.forEach((run) => run());
    },
    timeout: () => {
      const due = timers;
      timers = [];
      due.forEach((run) => run());
    },
    pendingFrames: () => frames.length,
  };
}

describe('FrameQueue', () => {
  it('runs nothing until a frame, then every job queued before it, in order, with one frame asked for', () => {
    const c = fakeClock();
    const q = new FrameQueue(c.clock, { budgetMs: 8, fallbackMs: 250 });
    const ran: number[] = [];
    for (let i = 0; i < 5; i++) q.push(() => ran.push(i));
    expect(ran).toEqual([]);
    expect(c.pendingFrames()).toBe(1);
    c.frame();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(q.size).toBe(0);
  });

  it('stops a frame at its budget and leaves the rest to the next frame, reporting each frame', () => {
    const c = fakeClock();
    const q = new FrameQueue(c.clock, { budgetMs: 8, fallbackMs: 250 });
    const frames: [number, number][] = [];
    q.onFrame = (jobs, ms) => frames.push([jobs, ms]);
    const ran: number[] = [];
    // Each job takes 3 ms: a frame fits three (the third passes the budget and ends it).
    for (let i = 0; i < 7; i++) q.push(() => (ran.push(i), c.advance(3)));
    c.frame();
    expect(ran).toEqual([0, 1, 2]);
    expect(q.size).toBe(4);
    c.frame();
    c.frame();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(frames).toEqual([[3, 9], [3, 9], [1, 3]]);
    expect(c.pendingFrames()).toBe(0);
  });

  it('works from a timer when no frame comes (a hidden tab), and only once when both come', () => {
    const c = fakeClock();
    const q = new FrameQueue(c.clock, { budgetMs: 8, fallbackMs: 250 });
    const job = vi.fn();
    q.push(job);
    c.timeout();
    expect(job).toHaveBeenCalledOnce();
    c.frame();
    expect(job).toHaveBeenCalledOnce();
  });

  it('goes on with the other jobs when one throws', () => {
    const c = fakeClock();
    const q = new FrameQueue(c.clock, { budgetMs: 8, fallbackMs: 250 });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    q.push(() => {
      throw new Error('boom');
    });
    q.push(after);
    c.frame();
    expect(after).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledWith('[sockscope:content] a badge failed to render:', 'Error: boom');
    error.mockRestore();
  });

  it('drops waiting jobs on clear', () => {
    const c = fakeClock();
    const q = new FrameQueue(c.clock, { budgetMs: 8, fallbackMs: 250 });
    const job = vi.fn();
    q.push(job);
    q.clear();
    c.frame();
    expect(job).not.toHaveBeenCalled();
  });
});
