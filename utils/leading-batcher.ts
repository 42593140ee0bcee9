/**
 * Hands items over in groups: the first as soon as it comes (with whatever comes in the same task), then
 * at most one group per `windowMs`. Per-avatar answers use it: the first badge is not held back, and a busy
 * page gets a few messages a second, each settling several badges in one frame, not one message and one
 * render per avatar.
 */
export class LeadingBatcher<T> {
  private queued: T[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private scheduled = false;
  private last = -Infinity;

  constructor(
    private readonly send: (items: T[]) => void,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Queue one item; it goes out now (after this task's others) or when the window since the last group ends. */
  add(item: T): void {
    this.queued.push(item);
    if (this.timer !== null || this.scheduled) return;
    const wait = this.last + this.windowMs - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.flush(), wait);
      return;
    }
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Drop what is queued (its whole answer is going out instead). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.queued = [];
  }

  private flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.scheduled = false;
    if (this.queued.length === 0) return;
    const items = this.queued;
    this.queued = [];
    this.last = this.now();
    this.send(items);
  }
}
