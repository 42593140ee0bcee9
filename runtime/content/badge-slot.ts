/** The custom element that hosts a badge's shadow root next to an author name. */
export const BADGE_TAG = 'sockscope-badge';

/** A fresh, empty badge host for the author at `anchor`, not in the page yet. */
export function createBadgeHost(anchor: Element, key: string): HTMLElement {
  const host = anchor.ownerDocument.createElement(BADGE_TAG);
  // Test builds only: a shipped page must not be able to spot the extension by its markup.
  if (import.meta.env.TEST_HOOKS) host.setAttribute('data-sockscope-key', key);
  // Inline so it flows with the name; the shadow root's `all: initial` keeps page CSS out.
  host.style.display = 'inline-flex';
  host.style.verticalAlign = 'middle';
  return host;
}

/** Insert a fresh, empty badge host right after the anchor element. */
export function insertBadgeHost(anchor: Element, key: string): HTMLElement {
  const host = createBadgeHost(anchor, key);
  anchor.after(host);
  return host;
}

/** True when every node a mutation touched is one of our own badge hosts (so we can ignore it). */
export function isOwnMutation(rec: MutationRecord): boolean {
  if (rec.type === 'attributes') return (rec.target as Element).localName === BADGE_TAG;
  // Without copying the lists: the observer sees every mutation of the page (hundreds per scrolled screen).
  const { addedNodes: added, removedNodes: removed } = rec;
  if (added.length + removed.length === 0) return false;
  for (let i = 0; i < added.length; i++) if ((added[i] as Element).localName !== BADGE_TAG) return false;
  for (let i = 0; i < removed.length; i++) if ((removed[i] as Element).localName !== BADGE_TAG) return false;
  return true;
}
