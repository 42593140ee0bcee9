/**
 * What a reader can see, as far as the markup says: content the page hides from everyone (`hidden`),
 * from assistive technology and interaction (`aria-hidden="true"`, `inert`: what lies behind an open
 * dialog) gets no badge. Pure DOM, so the adapters' tests on saved pages check it without a layout.
 */
const HIDDEN = '[hidden], [aria-hidden="true"], [inert]';

/** True when the page hides `el` (or an ancestor) from the reader. */
export function hiddenFromReader(el: Element): boolean {
  return el.closest(HIDDEN) !== null;
}

/** True when an overlay (a photo or video viewer) is open and `el` lies outside it, behind it. */
export function behindOverlay(el: Element, overlays: readonly Element[]): boolean {
  return overlays.length > 0 && !overlays.some((o) => o.contains(el));
}
