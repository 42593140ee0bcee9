import type { FoundAuthor, SiteAdapter } from '../../sites/types';
import type { AuthorVerdict } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import type { AuthorOccurrence } from '../../core/sighting';
import { createBadgeHost } from './badge-slot';
import { plainTimers, type Timers } from './context-timers';
import { awaitsSource, waitForSource } from './lazy-avatar';
import type { VerdictClient } from './verdict-client';

/** A mounted badge the runner can update or remove. */
export interface BadgeView {
  update(result: AuthorVerdict | null, avatarUrl: string | null, settings: Settings): void;
  unmount(): void;
}

export interface BadgeSlotsDeps {
  adapter: Pick<SiteAdapter, 'analysisUrl'>;
  client: Pick<VerdictClient, 'check'>;
  /**
   * Render a 'checking' badge into the host for this author. Where `placesHost` is set, the view puts the
   * host into the page itself, by calling `place` right before it first renders (in an animation frame);
   * otherwise the host is in the page already.
   */
  mount(host: HTMLElement, author: AuthorOccurrence, settings: Settings, place: () => void): BadgeView;
  /** The views insert their hosts (see `mount`), so a scan writes nothing to the page. */
  placesHost?: boolean;
  /** The settings now in force (they may change while a verdict is pending). */
  settings(): Settings;
}

interface Slot {
  key: string;
  host: HTMLElement;
  view: BadgeView;
  result: AuthorVerdict | null;
  avatarUrl: string | null;
  /** False while the host waits for its view to put it into the page. */
  placed: boolean;
  /** Stops waiting for a lazy avatar's source. */
  stopWaiting?: () => void;
}

/** A slot's view until its mount returns one. */
const NO_VIEW: BadgeView = { update: () => undefined, unmount: () => undefined };

/**
 * One badge per author element: mounted when the author is first found, asked a verdict for, replaced
 * when a virtualised list recycles the element for someone else, and dropped once it leaves the page.
 * Badges within a screen of the viewport are asked for first.
 */
export class BadgeSlots {
  private readonly slots = new Map<Element, Slot>();
  private readonly near = new WeakSet<Element>();
  private visibility: IntersectionObserver | null = null;

  constructor(
    private readonly deps: BadgeSlotsDeps,
    private readonly doc: Document,
    private readonly timers: Timers = plainTimers,
  ) {}

  /** Start telling which badges are near the viewport (idempotent; none where the page has no IntersectionObserver). */
  watchViewport(): void {
    const IO = this.doc.defaultView?.IntersectionObserver;
    if (this.visibility || !IO) return;
    this.visibility = new IO((entries) => entries.forEach((e) => (e.isIntersecting ? this.near.add(e.target) : this.near.delete(e.target))), { rootMargin: '100% 0px' });
  }

  /** Stop watching the viewport; the badges stay. */
  unwatchViewport(): void {
    this.visibility?.disconnect();
    this.visibility = null;
  }

  /** Badge the author at `anchor`, unless the badge there already shows this author and avatar. */
  ensure(f: FoundAuthor, anchor: Element): void {
    const d = f.data;
    const key = JSON.stringify([d.handle, d.avatarUrl, d.kind]);
    const old = this.slots.get(anchor);
    if (old && old.key === key && (old.host.isConnected || !old.placed)) return;
    if (old) this.drop(old);
    const host = createBadgeHost(anchor, key);
    const url = d.avatarUrl ? this.deps.adapter.analysisUrl(d.avatarUrl) : null;
    const slot: Slot = { key, host, view: NO_VIEW, result: null, avatarUrl: url, placed: false };
    const place = (): void => {
      if (slot.placed || this.slots.get(anchor) !== slot || !anchor.isConnected) return;
      slot.placed = true;
      anchor.after(host);
    };
    slot.view = this.deps.mount(host, d, this.deps.settings(), place);
    this.slots.set(anchor, slot);
    if (!this.deps.placesHost) place();
    const fail = (reason: string) => {
      slot.result = { verdict: { status: 'error', error: reason }, account: null };
      slot.view.update(slot.result, null, this.deps.settings());
    };
    // A lazy avatar not loaded yet: "checking" until its source arrives (the author is read anew then).
    if (!d.avatarUrl && awaitsSource(f.avatarEl)) {
      slot.stopWaiting = waitForSource(f.avatarEl, this.timers, (reason) => {
        if (this.slots.get(anchor) === slot) fail(reason);
      });
      return;
    }
    if (!url) return fail(d.avatarUrl ? 'this avatar image cannot be analysed' : 'no avatar image found');
    this.visibility?.observe(host);
    void this.deps.client.check(url, d, () => this.near.has(host)).then((r) => {
      // Nearness only orders the requests still queued: an answered badge needs no intersection checks,
      // which the browser would otherwise run for hundreds of them on every scrolled frame.
      this.visibility?.unobserve(host);
      this.near.delete(host);
      if (this.slots.get(anchor) !== slot) return;
      slot.result = r;
      slot.view.update(r, url, this.deps.settings());
    });
  }

  /** Forget the badges whose anchor or host has left the page. */
  prune(): void {
    for (const [anchor, s] of this.slots) {
      if (!anchor.isConnected || (s.placed && !s.host.isConnected)) {
        this.drop(s);
        this.slots.delete(anchor);
      }
    }
  }

  /** Show every badge again with the settings now in force (sensitivity, signals). */
  reband(): void {
    const settings = this.deps.settings();
    for (const s of this.slots.values()) s.view.update(s.result, s.avatarUrl, settings);
  }

  /** Remove every badge from the page. */
  clear(): void {
    for (const s of this.slots.values()) this.drop(s);
    this.slots.clear();
  }

  private drop(s: Slot): void {
    s.stopWaiting?.();
    this.visibility?.unobserve(s.host);
    s.view.unmount();
    s.host.remove();
  }
}
