import { isOwnMutation } from './badge-slot';
import { changedUnits } from './changed-units';

/**
 * Watches the page for changes worth a rescan and says what to rescan: the units (posts, threads) that
 * changed, or the whole page. Our own badge hosts are no change.
 */
export class PageChanges {
  private observer: MutationObserver | null = null;
  /** Elements changed since the last take(); `full` asks for the whole page (start, navigation, unknown change). */
  private dirty = new Set<Element>();
  private full = true;

  constructor(
    private readonly doc: Document,
    private readonly unitSelector: string | undefined,
    /** Called after each batch of changes that needs a rescan. */
    private readonly onChange: () => void,
  ) {}

  get watching(): boolean {
    return this.observer !== null;
  }

  /** Start watching (idempotent); the first rescan covers the whole page. */
  watch(): void {
    if (this.observer) return;
    this.full = true;
    this.observer = new MutationObserver((recs) => {
      let changed = false;
      for (const rec of recs) {
        if (isOwnMutation(rec)) continue;
        changed = true;
        if (rec.type === 'attributes') this.markDirty(rec.target);
        else rec.addedNodes.forEach((n) => this.markDirty(n));
      }
      if (changed) this.onChange();
    });
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      // Lazy avatars fill in src/href later; YouTube and X swap them in place on navigation.
      attributeFilter: ['src', 'href', 'xlink:href', 'datetime'],
    });
  }

  /** Stop watching. */
  unwatch(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** The next rescan covers the whole page (SPA navigation). */
  requestFull(): void {
    this.full = true;
  }

  /** Rescan what holds `el` next time, as if it had changed (a hidden author shown by a class or style). */
  touch(el: Element): void {
    this.markDirty(el);
  }

  /** What to rescan, forgetting the changes: 'page' for a whole-page scan, else the roots to rescan. */
  take(): 'page' | ParentNode[] {
    const full = this.full;
    const sel = this.unitSelector;
    const roots = full ? null : (sel && changedUnits(this.dirty, sel)) || [this.doc];
    this.full = false;
    this.dirty.clear();
    return roots ?? 'page';
  }

  private markDirty(n: Node): void {
    if (n.nodeType !== 1) return;
    // Without units we can't scope a rescan; a lazy src change deep in a post needs the whole page.
    if (!this.unitSelector) this.full = true;
    else this.dirty.add(n as Element);
  }
}
