import { describe, expect, it } from 'vitest';
import { placePanel } from './place-panel';

const vp = { width: 800, height: 600 };
const panel = { width: 288, height: 300 };
const badge = (left: number, top: number) => ({ left, right: left + 20, top, bottom: top + 16 });

describe('placePanel', () => {
  it('opens below the badge, aligned to its start edge', () => {
    expect(placePanel(badge(100, 50), panel, vp, 'ltr')).toEqual({ left: 100, top: 72 });
    expect(placePanel(badge(400, 50), panel, vp, 'rtl')).toEqual({ left: 420 - 288, top: 72 });
  });

  it('flips above near the bottom and clamps to the viewport', () => {
    expect(placePanel(badge(700, 500), panel, vp, 'ltr')).toEqual({ left: 800 - 8 - 288, top: 500 - 6 - 300 });
    expect(placePanel(badge(5, 50), panel, vp, 'rtl').left).toBe(8);
  });

  it('stays on screen when the panel is taller than the room on both sides', () => {
    const p = placePanel(badge(100, 280), { width: 288, height: 580 }, vp, 'ltr');
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + 580).toBeLessThanOrEqual(600);
  });
});
