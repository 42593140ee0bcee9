export interface YieldGateOptions {
  /** How long one "the user is scrolling" signal holds the work back. */
  holdMs?: number;
  /**
   * While held, one task still passes this often, so a slow, endless scroll does not starve the badges. One
   * every 250 ms cost about one more long task per brisk scroll through 500 posts than holding everything;
   * one a second, none that we could measure.
   */
  trickleMs?: number;
  now?: () => number;
}

/**
 * Gives the CPU to the page while the user scrolls. On a 2-core machine, analysing avatars at full speed
 * (inference worker and decoding, one core each) left the page's own scroll handling starved: 44 long
 * tasks over one brisk scroll through 500 posts, against 3 without the extension. Each avatar's work
 * waits here before it starts; what already runs finishes.
 */
export class YieldGate {
  private until = -Infinity;
  private lastPass = -Infinity;
  private readonly holdMs: number;
  private readonly trickleMs: number;
  private readonly now: () => number;

  constructor(opts: YieldGateOptions = {}) {
    this.holdMs = opts.holdMs ?? 600;
    this.trickleMs = opts.trickleMs ?? 1000;
    this.now = opts.now ?? (() => performance.now());
  }

  /** The user scrolled: hold new work for the next `holdMs`. */
  hold(): void {
    this.until = Math.max(this.until, this.now() + this.holdMs);
  }

  get held(): boolean {
    return this.now() < this.until;
  }

  /** Resolves when one more task may start: at once when not held, else at the next trickle slot or the hold's end. */
  async pass(): Promise<void> {
    for (;;) {
      const t = this.now();
      if (t >= this.until || t - this.lastPass >= this.trickleMs) {
        this.lastPass = t;
        return;
      }
      const wait = Math.max(1, Math.min(this.until, this.lastPass + this.trickleMs) - t);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
