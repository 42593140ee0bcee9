import type { TimerId, Timers } from './context-timers';

export interface SliceLimits {
  /** Items worked per slice at most. */
  maxItems: number;
  /** A slice stops once it has run this long (ms). */
  budgetMs: number;
}

/**
 * A backlog worked through a slice per task, so that no amount of it blocks the page for long: a slice
 * takes at most `maxItems` and stops at its deadline, and the rest waits for a later task (a 0 ms timer,
 * so the page's own input and rendering come between slices).
 */
export class TimeSlicedQueue<T> {
  private items: T[] = [];
  private timer: TimerId | null = null;

  constructor(
    private readonly limits: SliceLimits,
    private readonly timers: Timers,
    /** Works one item. */
    private readonly work: (item: T) => void,
    /** Runs after each slice's items, with the time the slice began. */
    private readonly afterSlice?: (startedAt: number) => void,
  ) {}

  get size(): number {
    return this.items.length;
  }

  /** Add items after those waiting; they are worked by the next slice that runs. */
  push(items: readonly T[]): void {
    for (const item of items) this.items.push(item);
  }

  /** Put `items` in place of those waiting. */
  replace(items: readonly T[]): void {
    this.items = [...items];
  }

  /** Work one slice now, until `deadline` at the latest, and leave what remains for a later task. */
  run(deadline = performance.now() + this.limits.budgetMs): void {
    const startedAt = performance.now();
    for (let n = 0; n < this.limits.maxItems && this.items.length > 0 && performance.now() < deadline; n++) this.work(this.items.shift() as T);
    this.afterSlice?.(startedAt);
    this.schedule();
  }

  /** Run a slice in a later task if any items wait and none is scheduled yet. */
  schedule(): void {
    if (this.timer !== null || this.items.length === 0) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.run();
    }, 0);
  }

  /** Drop what waits and the scheduled slice. */
  clear(): void {
    this.items = [];
    this.timers.clear(this.timer);
    this.timer = null;
  }
}
