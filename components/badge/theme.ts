import type { Theme } from './types';

// sRGB relative luminance where black and white text have equal contrast (WCAG formula).
const MIDPOINT = 0.179;

/**
 * 'dark' or 'light' for a CSS colour as getComputedStyle gives it ("rgb(21, 32, 43)", "rgba(0,0,0,0)",
 * "rgb(0 0 0 / 50%)") or a hex colour; null when transparent or unparseable, so the caller can walk up.
 */
export function themeFromBackground(color: string): Theme | null {
  const rgba = parseColor(color.trim().toLowerCase());
  if (!rgba || rgba[3] === 0) return null;
  const [r, g, b] = rgba.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < MIDPOINT ? 'dark' : 'light';
}

function parseColor(c: string): [number, number, number, number] | null {
  if (c === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3,8})$/.exec(c)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((d) => d + d).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
  }
  const m = /^rgba?\(\s*([^)]*)\)$/.exec(c);
  if (!m?.[1]) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const nums = parts.map((p, i) => {
    const v = parseFloat(p);
    if (!p.endsWith('%')) return v;
    return i < 3 ? (v * 255) / 100 : v / 100;
  });
  if (nums.some((n) => !Number.isFinite(n))) return null;
  return [nums[0]!, nums[1]!, nums[2]!, nums[3] ?? 1];
}
