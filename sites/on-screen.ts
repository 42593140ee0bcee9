import type { FoundAuthor } from './types';

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

/**
 * True when the page's style hides `el`: `display: none` on it or an ancestor (no box at all), or
 * `visibility: hidden`. `checkVisibility()` answers from style alone, never a layout, so a scan asks it for a
 * whole batch before it mounts anything and the page restyles once. Only where it says "not visible" is the
 * cause looked up, because it says so inside `content-visibility: hidden` too, which Facebook puts on
 * server-rendered parts until its scripts show them (a style change no scan sees): those count as shown.
 * Content that `content-visibility: auto` skips off-screen counts as shown (Chromium 156: checkVisibility()
 * says true for it unless asked). Where the DOM has no `checkVisibility` (Node, older browsers) nothing
 * counts as hidden.
 */
export function hiddenByStyle(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true })) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const visibility = view.getComputedStyle(el).visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return true;
  for (let a: Element | null = el; a; a = a.parentElement) if (view.getComputedStyle(a).display === 'none') return true;
  return false;
}

/**
 * The authors whose badge would be seen, and the anchors of the others: nothing the page's markup hides
 * (hidden: a 0×0 box; aria-hidden, inert: behind a dialog) nor its style (display:none, visibility:hidden).
 * Content behind an overlay gets its badge once it shows again (read anew after the change that shows it).
 */
export function splitOnScreen(found: readonly FoundAuthor[]): { shown: FoundAuthor[]; hidden: Element[] } {
  const shown: FoundAuthor[] = [];
  const hidden: Element[] = [];
  for (const f of found) {
    if (!f.anchor || (!hiddenFromReader(f.anchor) && !hiddenByStyle(f.anchor))) shown.push(f);
    else hidden.push(f.anchor);
  }
  return { shown, hidden };
}
