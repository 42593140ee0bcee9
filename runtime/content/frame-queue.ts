/** What the queue needs of the page's frame clock: `requestAnimationFrame` and timers (fakes in tests). */
export interface FrameClock {
  requestFrame(run: () => void): void;
  setTimer(run: () => void, ms: number): void;
  now(): number;
}

export interface FrameQueueOptions {
  /** A frame's work stops once it has run this long (ms); the rest waits for the next frame. */
  budgetMs: number;
  /**
   * A hidden tab gets no frames: past this delay (ms) the queue works from a timer instead, so badges of a
   * tab opened in the background are ready when it is shown.
   */
  fallbackMs: number;
}

/** One piece of DOM writing. */
export type FrameJob = () => void;

/** The browser's own frame clock. */
export const windowClock = (view: Window): FrameClock => ({
  requestFrame: (run) => view.requestAnimationFrame(() => run()),
  setTimer: (run, ms) => view.setTimeout(run, ms),
  now: () => view.performance.now(),
});

/**
 * Jobs that write to the page (mounting badges, rendering verdicts) gathered and run at the start of the
 * next animation frame, many at once, so the page lays out and paints once for all of them rather than
 * after each of the scan's tasks or each verdict's message. A frame runs jobs for `budgetMs` at most, so a
 * backlog of hundreds (the first scan of a long page, a batch of verdicts) spreads over frames instead of
 * making one long task. Jobs only write: a read (layout, style) among the writes would force a layout per job.
 */
export class FrameQueue {
  private jobs: FrameJob[] = [];
  private head = 0;
  private scheduled = false;
  /** Called after each frame's jobs with how many ran and how long they took (the bench's marks). */
  onFrame: ((jobs: number, ms: number) => void) | null = null;

  constructor(
    private readonly clock: FrameClock,
    private readonly options: FrameQueueOptions,
  ) {}

  /** Jobs waiting for a frame. */
  get size(): number {
    return this.jobs.length - this.head;
  }

  /** Run `job` in a coming frame, after those queued before it. */
  push(job: FrameJob): void {
    this.jobs.push(job);
    this.schedule();
  }

  /** Drop every waiting job. */
  clear(): void {
    this.jobs = [];
    this.head = 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      this.scheduled = false;
      this.runFrame();
    };
    this.clock.requestFrame(once);
    this.clock.setTimer(once, this.options.fallbackMs);
  }

  private runFrame(): void {
    const start = this.clock.now();
    const deadline = start + this.options.budgetMs;
    let ran = 0;
    while (this.head < this.jobs.length) {
      const job = this.jobs[this.head++] as FrameJob;
      try {
        job();
      } catch (err) {
        // One badge failing to render must not leave the others unrendered.
        console.error('[sockscope:content] a badge failed to render:', String(err));
      }
      ran++;
      if (this.clock.now() >= deadline) break;
    }
    if (this.head >= this.jobs.length) this.clear();
    else if (this.head > 1024) {
      this.jobs = this.jobs.slice(this.head);
      this.head = 0;
    }
    this.onFrame?.(ran, this.clock.now() - start);
    if (this.size > 0) this.schedule();
  }
}
