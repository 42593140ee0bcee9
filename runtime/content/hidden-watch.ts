import { hiderOf, type HiddenAnchor } from '../../sites/on-screen';
import type { TimerId, Timers } from './context-timers';

/**
 * What shows a hidden author without changing the DOM's shape: a class or style that stops hiding it, or a
 * `hidden`, `aria-hidden` or `inert` taken away. The page-wide observer leaves these out on purpose (pages
 * change classes and styles on every hover and scroll frame).
 */
const REVEALING = ['class', 'style', 'hidden', 'aria-hidden', 'inert'];

/**
 * Anchors remembered at most. Past it the oldest are forgotten: they get their badge at the next change of
 * their post, as before. A YouTube tab keeps its previous page hidden (hundreds of items) after navigating.
 */
const MAX_ANCHORS = 300;

/**
 * Remembers the author anchors a scan skipped as hidden and says when some of them show. It observes only
 * what hides each (the `hidden` element, the `display: none` one, or the anchor under `visibility: hidden`)
 * and its ancestors, each element once however many anchors share it, for the attributes in REVEALING, with
 * no subtree. A change there asks, after `delayMs` and for the whole batch at once, which anchors show now:
 * `checkVisibility()` answers from style, never a layout.
 */
export class HiddenWatch {
  /** Anchor → what hides it, oldest first. */
  private readonly anchors = new Map<Element, Element>();
  private readonly watched = new Set<Element>();
  private observer: MutationObserver | null = null;
  private timer: TimerId | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: number,
    /** Called with the remembered anchors that show now; they are forgotten. */
    private readonly onShown: (anchors: Element[]) => void,
  ) {}

  /** How many anchors are remembered, and how many elements are observed (for tests). */
  get size(): { anchors: number; observed: number } {
    return { anchors: this.anchors.size, observed: this.watched.size };
  }

  /** Remember anchors that a scan skipped as hidden, and watch what could show them. */
  remember(hidden: readonly HiddenAnchor[]): void {
    if (hidden.length === 0) return;
    for (const { anchor, hider } of hidden) {
      this.anchors.delete(anchor); // the newest last: the oldest go first past the cap
      this.anchors.set(anchor, hider);
    }
    if (this.anchors.size > MAX_ANCHORS) return this.rewatch([...this.anchors].slice(-MAX_ANCHORS).map(([anchor, hider]) => ({ anchor, hider })));
    for (const { hider } of hidden) this.watchChain(hider);
  }

  /** Forget everything and stop observing. */
  clear(): void {
    this.rewatch([]);
    this.timers.clear(this.timer);
    this.timer = null;
  }

  private watchChain(hider: Element): void {
    this.observer ??= new MutationObserver(() => this.schedule());
    // Chains meet (posts share their feed's ancestors): stop at the first element already observed.
    for (let el: Element | null = hider; el && !this.watched.has(el); el = el.parentElement) {
      this.watched.add(el);
      this.observer.observe(el, { attributes: true, attributeFilter: REVEALING });
    }
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.recheck();
    }, this.delayMs);
  }

  private recheck(): void {
    const shown: Element[] = [];
    const still: HiddenAnchor[] = [];
    let moved = false;
    for (const [anchor, was] of this.anchors) {
      if (!anchor.isConnected) continue;
      const hider = hiderOf(anchor);
      if (!hider) shown.push(anchor);
      else {
        still.push({ anchor, hider });
        moved ||= hider !== was;
      }
    }
    if (moved || still.length !== this.anchors.size) this.rewatch(still);
    if (shown.length > 0) this.onShown(shown);
  }

  /** Observe only what `keep` needs (a MutationObserver cannot drop a single target). */
  private rewatch(keep: readonly HiddenAnchor[]): void {
    this.observer?.disconnect();
    this.observer = null;
    this.watched.clear();
    this.anchors.clear();
    for (const { anchor, hider } of keep) {
      this.anchors.set(anchor, hider);
      this.watchChain(hider);
    }
  }
}
