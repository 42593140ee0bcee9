import type { FoundAuthor, SiteAdapter } from '../../sites/types';
import type { Settings } from '../../utils/settings';
import { BadgeSlots, type BadgeSlotsDeps } from './badge-slots';
import { contextTimers, type ScriptContext, type TimerId, type Timers } from './context-timers';
import { HiddenWatch } from './hidden-watch';
import { PageChanges } from './page-changes';
import { TimeSlicedQueue } from './time-sliced-queue';
import { splitOnScreen } from '../../sites/on-screen';

export type { BadgeView } from './badge-slots';

export interface RunnerDeps extends Omit<BadgeSlotsDeps, 'settings' | 'adapter'> {
  adapter: SiteAdapter;
  /** The content script's context: it owns the runner's timers and observers, and invalidating it stops the runner. */
  ctx: ScriptContext;
  doc?: Document;
  /** Delay before a scan after DOM changes; batches the bursts of an infinite scroll. */
  throttleMs?: number;
}

/**
 * Time budget of one slice (reading units, mounting badges). A fixed count is not enough: on a 2-core
 * machine the models run beside the page, and the same 15 posts take 10 ms or 70 ms. Too small a budget
 * backfires on huge pages: every slice is followed by a relayout of the whole page.
 */
const SLICE_MS = 24;
/** Badges mounted per task at most (each is a shadow root and a render). */
const BADGES_PER_TASK = 40;
/** Units read per task at most when a long page's first scan is split. */
const UNITS_PER_TASK = 40;

/** Finds authors with the site adapter, keeps one badge per author element, and follows the page. */
export class SiteRunner {
  private readonly doc: Document;
  private readonly timers: Timers;
  private readonly badges: BadgeSlots;
  private readonly changes: PageChanges;
  /** Anchors skipped as hidden, read again once a class, style or attribute change shows them. */
  private readonly hidden: HiddenWatch;
  private timer: TimerId | null = null;
  /**
   * Found authors still to badge: a first scan of a page with thousands of posts would otherwise block the
   * page for seconds.
   */
  private readonly toBadge: TimeSlicedQueue<FoundAuthor>;
  /**
   * Units of a split whole-page scan still to read. Reading and badging share one slice budget (half each
   * at most): a slice that read for its whole budget and then mounted for as long again made the 50–80 ms
   * tasks this split exists to avoid.
   */
  private readonly toRead: TimeSlicedQueue<Element>;
  private readFound: FoundAuthor[] = [];
  /** Cumulative scan cost, read by the benchmark through performance marks too. */
  readonly stats = { scans: 0, authors: 0, ms: 0 };

  constructor(private readonly deps: RunnerDeps, private settings: Settings) {
    this.doc = deps.doc ?? document;
    this.timers = contextTimers(deps.ctx);
    this.badges = new BadgeSlots({ ...deps, settings: () => this.settings }, this.doc, this.timers);
    this.changes = new PageChanges(this.doc, deps.adapter.unitSelector, () => this.schedule());
    this.hidden = new HiddenWatch(this.timers, deps.throttleMs ?? 120, (shown) => {
      for (const anchor of shown) this.changes.touch(anchor);
      this.schedule();
    });
    this.toBadge = new TimeSlicedQueue({ maxItems: BADGES_PER_TASK, budgetMs: SLICE_MS }, this.timers, (f) => {
      if (f.anchor?.isConnected) this.badges.ensure(f, f.anchor);
    });
    this.toRead = new TimeSlicedQueue(
      { maxItems: UNITS_PER_TASK, budgetMs: SLICE_MS / 2 },
      this.timers,
      (unit) => {
        if (unit.isConnected) this.readFound.push(...this.safeFind(() => this.deps.adapter.find(unit, this.href())));
      },
      (startedAt) => {
        const found = this.onScreen(this.readFound);
        this.readFound = [];
        this.toBadge.push(found);
        this.toBadge.run(startedAt + SLICE_MS);
        this.mark(found.length, performance.now() - startedAt);
      },
    );
    deps.ctx.onInvalidated(() => this.stop());
  }

  /** Apply new settings live: start, stop, or re-band every badge. */
  applySettings(next: Settings): void {
    this.settings = next;
    if (!next.sites[this.deps.adapter.site]) return this.stop();
    if (!this.changes.watching) return this.start();
    this.badges.reband();
  }

  /** Start observing the page (idempotent). */
  start(): void {
    if (this.changes.watching || !this.settings.sites[this.deps.adapter.site]) return;
    this.changes.watch();
    this.badges.watchViewport();
    this.scan();
  }

  /** Stop observing and remove every badge. */
  stop(): void {
    this.freeze();
    this.badges.clear();
  }

  /** Stop observing but keep the badges already shown (the extension went away; their verdicts still hold). */
  freeze(): void {
    this.changes.unwatch();
    this.badges.unwatchViewport();
    this.timers.clear(this.timer);
    this.timer = null;
    this.toBadge.clear();
    this.toRead.clear();
    this.readFound = [];
    this.hidden.clear();
  }

  /** Ask for a whole-page scan soon (SPA navigation). */
  scheduleFull(): void {
    this.changes.requestFull();
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || !this.changes.watching) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.scan();
    }, this.deps.throttleMs ?? 120);
  }

  /** Scan now: badge new authors, re-badge recycled elements, forget detached ones. */
  scan(): void {
    const t0 = performance.now();
    const found: FoundAuthor[] = [];
    const change = this.changes.take();
    const units = change === 'page' ? this.unitsToSplit() : null;
    const roots = units ? [] : change === 'page' ? [this.doc] : change;
    if (units) {
      // A long page: what lies outside the units now, the units a slice per task.
      found.push(...this.safeFind(() => this.deps.adapter.findOutsideUnits!(this.doc, this.href())));
      this.toRead.replace(units);
      this.toRead.schedule();
    }
    for (const root of roots) found.push(...this.safeFind(() => this.deps.adapter.find(root, this.href())));
    this.toBadge.push(this.onScreen(found));
    this.toBadge.run(t0 + SLICE_MS);
    this.badges.prune();
    this.mark(found.length, performance.now() - t0);
  }

  /** Top-level units when a whole-page scan should be split (adapter supports it, page is long), else null. */
  private unitsToSplit(): Element[] | null {
    const { unitSelector: sel, findOutsideUnits } = this.deps.adapter;
    if (!sel || !findOutsideUnits) return null;
    const all = this.doc.querySelectorAll(sel);
    if (all.length <= UNITS_PER_TASK) return null;
    return [...all].filter((u) => !u.parentElement?.closest(sel));
  }

  /**
   * The authors to badge now, asked for the whole batch before any badge is inserted, so the page restyles
   * once and never lays out (a forced layout per slice made a 3,000-post first scan three times slower).
   * The hidden ones' anchors are remembered until a class, style or attribute change shows them.
   */
  private onScreen(found: FoundAuthor[]): FoundAuthor[] {
    const { shown, hidden } = splitOnScreen(found);
    this.hidden.remember(hidden);
    return shown;
  }

  private href(): string {
    return this.doc.location?.href ?? '';
  }

  private safeFind(run: () => FoundAuthor[]): FoundAuthor[] {
    try {
      return run();
    } catch (err) {
      // An adapter bug on unexpected markup must not break the page.
      console.error(`[sockscope:${this.deps.adapter.site}] adapter failed:`, String(err));
      return [];
    }
  }

  private mark(authors: number, ms: number): void {
    this.stats.scans++;
    this.stats.authors += authors;
    this.stats.ms += ms;
    // Test and bench builds only: the page shares the performance timeline, and a mark gives the extension away.
    if (import.meta.env.TEST_HOOKS) performance.mark?.('sockscope:scan', { detail: { authors, ms } });
  }
}
