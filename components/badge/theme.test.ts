import { describe, expect, it } from 'vitest';
import { themeFromBackground } from './theme';

describe('themeFromBackground', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'], // X light
    ['rgb(21, 32, 43)', 'dark'], // X dim #15202B
    ['rgb(0, 0, 0)', 'dark'], // X lights out
    ['#15202B', 'dark'],
    ['#fff', 'light'],
    ['rgb(247 249 249)', 'light'],
    ['rgba(0, 0, 0, 1)', 'dark'],
    ['rgb(24 24 27 / 100%)', 'dark'],
  ] as const)('%s → %s', (color, theme) => {
    expect(themeFromBackground(color)).toBe(theme);
  });

  it.each(['rgba(0, 0, 0, 0)', 'transparent', '', 'red', 'rgb(1,2)', '#12345'])('%j → null', (color) => {
    expect(themeFromBackground(color)).toBeNull();
  });
});
