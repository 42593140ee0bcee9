/** The parts of a DOMRect the placement needs (viewport coordinates). */
export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

const MARGIN = 8;
const GAP = 6;

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * Fixed-position top/left for a panel next to its badge: below it (above when there is more room there),
 * aligned to the badge's start edge (left in LTR, right in RTL), kept inside the viewport.
 */
export function placePanel(anchor: AnchorRect, panel: Size, viewport: Size, dir: 'ltr' | 'rtl'): { top: number; left: number } {
  const startLeft = dir === 'rtl' ? anchor.right - panel.width : anchor.left;
  const left = clamp(startLeft, MARGIN, viewport.width - MARGIN - panel.width);

  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - panel.height;
  const fitsBelow = below + panel.height <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  const roomBelow = viewport.height - anchor.bottom;
  const top = fitsBelow || (!fitsAbove && roomBelow >= anchor.top) ? below : above;
  return { top: clamp(top, MARGIN, viewport.height - MARGIN - panel.height), left };
}
