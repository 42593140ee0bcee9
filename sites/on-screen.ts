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
 * What in the page's style hides `el`, or null: the nearest element with `display: none` (it or an ancestor:
 * no box at all), or `el` itself under `visibility: hidden` (which a descendant may override, so nothing
 * above it is singled out). `checkVisibility()` answers from style alone, never a layout, so a scan asks it
 * for a whole batch before it mounts anything and the page restyles once. Only where it says "not visible"
 * is the cause looked up, because it says so inside `content-visibility: hidden` too, which Facebook puts on
 * server-rendered parts until its scripts show them (a style change no scan sees): those count as shown.
 * Content that `content-visibility: auto` skips off-screen counts as shown (Chromium 156: checkVisibility()
 * says true for it unless asked). Where the DOM has no `checkVisibility` (Node, older browsers) nothing
 * counts as hidden.
 */
export function styleHider(el: Element): Element | null {
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true })) return null;
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  const visibility = view.getComputedStyle(el).visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return el;
  for (let a: Element | null = el; a; a = a.parentElement) if (view.getComputedStyle(a).display === 'none') return a;
  return null;
}

/**
 * What hides `el` from the reader, or null when nothing does: the nearest element the markup hides
 * (`hidden`, `aria-hidden`, `inert`), else what the style hides it by (styleHider). Only a change of that
 * element or of an ancestor can show `el` again (short of `:has()` and sibling selectors).
 */
export function hiderOf(el: Element): Element | null {
  return el.closest(HIDDEN) ?? styleHider(el);
}

/** A found author the page hides, and what hides it. */
export interface HiddenAnchor {
  anchor: Element;
  hider: Element;
}

/**
 * The authors whose badge would be seen, and the others' anchors with what hides them: nothing the markup
 * hides (hidden: a 0×0 box; aria-hidden, inert: behind a dialog) nor the style (display:none,
 * visibility:hidden). Content behind an overlay gets its badge once it shows again (read anew then).
 */
export function splitOnScreen(found: readonly FoundAuthor[]): { shown: FoundAuthor[]; hidden: HiddenAnchor[] } {
  const shown: FoundAuthor[] = [];
  const hidden: HiddenAnchor[] = [];
  for (const f of found) {
    const hider = f.anchor && hiderOf(f.anchor);
    if (f.anchor && hider) hidden.push({ anchor: f.anchor, hider });
    else shown.push(f);
  }
  return { shown, hidden };
}
