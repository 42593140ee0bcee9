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

/** Where the panel goes: its fixed top/left, and the height it may take (it scrolls inside beyond that). */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
}

/**
 * Fixed-position top/left for a panel next to its badge: below it (above when there is more room there),
 * aligned to the badge's start edge (left in LTR, right in RTL), kept inside the viewport. It never covers
 * the badge's line, where the author it explains is named: where it fits neither above nor below (a short
 * window), it takes the larger side and scrolls inside.
 */
export function placePanel(anchor: AnchorRect, panel: Size, viewport: Size, dir: 'ltr' | 'rtl'): Placement {
  const width = Math.min(panel.width, viewport.width - 2 * MARGIN);
  const startLeft = dir === 'rtl' ? anchor.right - width : anchor.left;
  const left = clamp(startLeft, MARGIN, viewport.width - MARGIN - width);

  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  const below = panel.height <= roomBelow || (panel.height > roomAbove && roomBelow >= roomAbove);
  const maxHeight = Math.max(0, below ? roomBelow : roomAbove);
  const height = Math.min(panel.height, maxHeight);
  const top = below ? anchor.bottom + GAP : anchor.top - GAP - height;
  return { top, left, maxHeight };
}
