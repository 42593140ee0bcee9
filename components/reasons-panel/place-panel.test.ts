import { describe, expect, it } from 'vitest';
import { placePanel } from './place-panel';

const vp = { width: 800, height: 600 };
const panel = { width: 288, height: 300 };
const badge = (left: number, top: number) => ({ left, right: left + 20, top, bottom: top + 16 });

describe('placePanel', () => {
  it('opens below the badge, aligned to its start edge', () => {
    expect(placePanel(badge(100, 50), panel, vp, 'ltr')).toMatchObject({ left: 100, top: 72 });
    expect(placePanel(badge(400, 50), panel, vp, 'rtl')).toMatchObject({ left: 420 - 288, top: 72 });
  });

  it('flips above near the bottom and clamps to the viewport', () => {
    expect(placePanel(badge(700, 500), panel, vp, 'ltr')).toMatchObject({ left: 800 - 8 - 288, top: 500 - 6 - 300 });
    expect(placePanel(badge(5, 50), panel, vp, 'rtl').left).toBe(8);
  });

  it('stays on screen when the panel is taller than the room on both sides', () => {
    const p = placePanel(badge(100, 280), { width: 288, height: 580 }, vp, 'ltr');
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + Math.min(580, p.maxHeight)).toBeLessThanOrEqual(600);
  });

  it('never covers the line of the author it explains, in any window down to 360 px wide', () => {
    // A narrow, short window (640×600 and 360×600), the panel taller than the room on either side.
    for (const view of [{ width: 640, height: 600 }, { width: 360, height: 600 }, { width: 360, height: 480 }]) {
      for (const y of [20, 150, 280, 300, 420, view.height - 40]) {
        for (const dir of ['ltr', 'rtl'] as const) {
          const b = badge(dir === 'ltr' ? 200 : 120, y);
          const p = placePanel(b, { width: 288, height: 420 }, view, dir);
          const bottom = p.top + Math.min(420, p.maxHeight);
          const at = JSON.stringify({ view, y, dir, p });
          // Above the badge's line or below it, never across it.
          expect(bottom <= b.top || p.top >= b.bottom, at).toBe(true);
          expect(p.top, at).toBeGreaterThanOrEqual(8);
          expect(bottom, at).toBeLessThanOrEqual(view.height - 8);
          expect(p.left, at).toBeGreaterThanOrEqual(8);
          expect(p.left + 288, at).toBeLessThanOrEqual(view.width - 8);
          // Enough of it to read: the larger side.
          expect(p.maxHeight, at).toBeGreaterThanOrEqual(Math.max(b.top, view.height - b.bottom) - 16);
        }
      }
    }
  });
});
