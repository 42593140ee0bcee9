import type { SiteAdapter, FoundAuthor } from '../../sites/types';
import type { Settings } from '../../utils/settings';
import type { AuthorOccurrence } from '../../utils/types';
import { insertBadgeHost, isOwnMutation } from './badge-slot';
import { changedUnits } from './changed-units';
import type { AuthorVerdict } from '../../utils/messages';
import type { VerdictClient } from './verdict-client';

/** A mounted badge the runner can update or remove. */
export interface BadgeView {
  update(result: AuthorVerdict | null, avatarUrl: string | null, settings: Settings): void;
  unmount(): void;
}

export interface RunnerDeps {
  adapter: SiteAdapter;
  client: Pick<VerdictClient, 'check'>;
  /** Render a 'checking' badge into the host for this author. */
  mount(host: HTMLElement, author: AuthorOccurrence, settings: Settings): BadgeView;
  doc?: Document;
  /** Delay before a scan after DOM changes; batches the bursts of an infinite scroll. */
  throttleMs?: number;
  signal?: AbortSignal;
}

const BADGES_PER_TASK = 40;
/** Units read per task at most when a long page's first scan is split. */
const UNITS_PER_TASK = 40;
/**
 * Time budget of one slice (reading units, mounting badges). A fixed count is not enough: on a 2-core
 * machine the models run beside the page, and the same 15 posts take 10 ms or 70 ms. Too small a budget
 * backfires on huge pages: every slice is followed by a relayout of the whole page.
 */
const SLICE_MS = 24;

interface Slot {
  key: string;
  host: HTMLElement;
  view: BadgeView;
  result: AuthorVerdict | null;
  avatarUrl: string | null;
}

/** Finds authors with the site adapter, keeps one badge per author element, and follows the page. */
export class SiteRunner {
  private readonly doc: Document;
  private readonly slots = new Map<Element, Slot>();
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Nodes changed since the last scan; `full` forces a whole-page scan (start, navigation, unknown change). */
  private dirty = new Set<Element>();
  private backlog: FoundAuthor[] = [];
  private drainTimer: ReturnType<typeof setTimeout> | null = null;
  /** Units of a split whole-page scan still to read, and the timer of the next slice. */
  private pendingUnits: Element[] = [];
  private unitTimer: ReturnType<typeof setTimeout> | null = null;
  private full = true;
  /** Badge hosts within a screen of the viewport: their avatars are checked first. */
  private readonly near = new WeakSet<Element>();
  private readonly visibility: IntersectionObserver | null;
  /** Cumulative scan cost, read by the benchmark through performance marks too. */
  readonly stats = { scans: 0, authors: 0, ms: 0 };

  constructor(private readonly deps: RunnerDeps, private settings: Settings) {
    this.doc = deps.doc ?? document;
    const IO = this.doc.defaultView?.IntersectionObserver;
    this.visibility = IO
      ? new IO((entries) => entries.forEach((e) => (e.isIntersecting ? this.near.add(e.target) : this.near.delete(e.target))), { rootMargin: '100% 0px' })
      : null;
    deps.signal?.addEventListener('abort', () => this.stop());
  }

  /** Apply new settings live: start, stop, or re-band every badge. */
  applySettings(next: Settings): void {
    this.settings = next;
    if (!next.sites[this.deps.adapter.site]) return this.stop();
    if (!this.observer) return this.start();
    for (const s of this.slots.values()) s.view.update(s.result, s.avatarUrl, next);
  }

  /** Start observing the page (idempotent). */
  start(): void {
    if (this.observer || !this.settings.sites[this.deps.adapter.site]) return;
    this.full = true;
    this.observer = new MutationObserver((recs) => {
      let changed = false;
      for (const rec of recs) {
        if (isOwnMutation(rec)) continue;
        changed = true;
        if (rec.type === 'attributes') this.markDirty(rec.target);
        else rec.addedNodes.forEach((n) => this.markDirty(n));
      }
      if (changed) this.schedule();
    });
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      // Lazy avatars fill in src/href later; YouTube and X swap them in place on navigation.
      attributeFilter: ['src', 'href', 'xlink:href', 'datetime'],
    });
    this.scan();
  }

  /** Stop observing and remove every badge. */
  stop(): void {
    this.freeze();
    for (const s of this.slots.values()) this.drop(s);
    this.slots.clear();
  }

  /** Stop observing but keep the badges already shown (the extension went away; their verdicts still hold). */
  freeze(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    this.backlog = [];
    if (this.unitTimer) clearTimeout(this.unitTimer);
    this.unitTimer = null;
    this.pendingUnits = [];
  }

  /** Ask for a whole-page scan soon (SPA navigation). */
  scheduleFull(): void {
    this.full = true;
    this.schedule();
  }

  /** Ask for a scan of what changed, soon (batches the bursts of an infinite scroll). */
  schedule(): void {
    if (this.timer || !this.observer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.scan();
    }, this.deps.throttleMs ?? 120);
  }

  /** Scan now: badge new authors, re-badge recycled elements, forget detached ones. */
  scan(): void {
    const t0 = performance.now();
    const href = this.doc.location?.href ?? '';
    const found: FoundAuthor[] = [];
    const units = this.full ? this.unitsToSplit() : null;
    const roots = units ? [] : this.full ? [this.doc] : this.changedUnits();
    this.full = false;
    this.dirty.clear();
    if (units) {
      // A long page: what lies outside the units now, the units a slice per task (runUnitSlice).
      found.push(...this.safeFind(() => this.deps.adapter.findOutsideUnits!(this.doc, href)));
      this.pendingUnits = units;
      this.scheduleUnitSlice();
    }
    for (const root of roots) found.push(...this.safeFind(() => this.deps.adapter.find(root, href)));
    this.backlog.push(...found);
    this.drain(t0 + SLICE_MS);
    for (const [anchor, s] of this.slots) {
      if (!anchor.isConnected || !s.host.isConnected) {
        this.drop(s);
        this.slots.delete(anchor);
      }
    }
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

  private scheduleUnitSlice(): void {
    if (this.unitTimer || this.pendingUnits.length === 0) return;
    this.unitTimer = setTimeout(() => {
      this.unitTimer = null;
      if (this.observer) this.runUnitSlice();
    }, 0);
  }

  private runUnitSlice(): void {
    const t0 = performance.now();
    const href = this.doc.location?.href ?? '';
    const found: FoundAuthor[] = [];
    // Reading and badging share one budget (half each at most): a slice that read for its whole budget
    // and then mounted for as long again made the 50–80 ms tasks this split exists to avoid.
    for (let n = 0; n < UNITS_PER_TASK && this.pendingUnits.length > 0 && performance.now() - t0 < SLICE_MS / 2; n++) {
      const unit = this.pendingUnits.shift()!;
      if (unit.isConnected) found.push(...this.safeFind(() => this.deps.adapter.find(unit, href)));
    }
    this.backlog.push(...found);
    this.drain(t0 + SLICE_MS);
    this.scheduleUnitSlice();
    this.mark(found.length, performance.now() - t0);
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
    performance.mark?.('sockscope:scan', { detail: { authors, ms } });
  }

  /**
   * Badge found authors a slice at a time: a first scan of a page with thousands of posts would
   * otherwise block the page for seconds (each badge is a shadow root and a render).
   */
  private drain(deadline = performance.now() + SLICE_MS): void {
    for (let n = 0; n < BADGES_PER_TASK && this.backlog.length > 0 && performance.now() < deadline; n++) {
      const f = this.backlog.shift()!;
      if (f.anchor?.isConnected) this.ensureBadge(f, f.anchor);
    }
    if (this.backlog.length > 0 && !this.drainTimer) {
      this.drainTimer = setTimeout(() => {
        this.drainTimer = null;
        if (this.observer) this.drain();
      }, 0);
    }
  }

  private markDirty(n: Node): void {
    if (n.nodeType !== 1) return;
    // Without units we can't scope a rescan; a lazy src change deep in a post needs the whole page.
    if (!this.deps.adapter.unitSelector) this.full = true;
    else this.dirty.add(n as Element);
  }

  private changedUnits(): ParentNode[] {
    const sel = this.deps.adapter.unitSelector;
    return (sel && changedUnits(this.dirty, sel)) || [this.doc];
  }

  private ensureBadge(f: FoundAuthor, anchor: Element): void {
    const d = f.data;
    const key = JSON.stringify([d.handle, d.avatarUrl, d.kind]);
    const old = this.slots.get(anchor);
    if (old && old.key === key && old.host.isConnected) return;
    if (old) this.drop(old);
    const host = insertBadgeHost(anchor, key);
    const url = d.avatarUrl ? this.deps.adapter.analysisUrl(d.avatarUrl) : null;
    const slot: Slot = { key, host, view: this.deps.mount(host, d, this.settings), result: null, avatarUrl: url };
    this.slots.set(anchor, slot);
    if (!url) {
      const reason = d.avatarUrl ? 'this avatar image cannot be analysed' : 'no avatar image found';
      slot.result = { verdict: { status: 'error', error: reason }, risk: null };
      slot.view.update(slot.result, null, this.settings);
      return;
    }
    this.visibility?.observe(host);
    void this.deps.client.check(url, d, () => this.near.has(host)).then((r) => {
      if (this.slots.get(anchor) !== slot) return;
      slot.result = r;
      slot.view.update(r, url, this.settings);
    });
  }

  private drop(s: Slot): void {
    this.visibility?.unobserve(s.host);
    s.view.unmount();
    s.host.remove();
  }
}
