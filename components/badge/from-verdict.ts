import type { ImageVerdict } from '../../utils/messages';
import { bandOf, figuresAllowed, figuresOf, reasonsOf } from '../../analysis/verdict-policy';
import type { Settings } from '../../utils/settings';
import type { BadgeProps, Theme } from './types';

/** Badge props for a verdict, banded by the verdict policy at the user's threshold and signal switches. */
export function badgePropsFromVerdict(
  verdict: ImageVerdict | null,
  avatarUrl: string | null,
  settings: Pick<Settings, 'sensitivity' | 'signals'>,
  theme?: Theme,
): BadgeProps {
  const base = { avatarUrl, theme, eyes: null, reasons: [] };
  if (!verdict) return { ...base, state: 'checking' };
  switch (verdict.status) {
    case 'error':
      return { ...base, state: 'error', error: verdict.error };
    case 'no-face':
      return { ...base, state: 'no-face', reasons: verdict.reasons.map((text) => ({ text })) };
    case 'ok': {
      const figures = figuresAllowed(verdict, settings.signals);
      return {
        ...base,
        state: figures ? bandOf(figures, settings.sensitivity) : 'low',
        eyes: verdict.eyes,
        reasons: reasonsAt(verdict, settings.sensitivity).map((text) => ({ text })),
      };
    }
  }
}

/**
 * The verdict's reasons with the stage sentences restated at the user's threshold: a verdict stores them at
 * the release's default, first, followed by notes of its own (e.g. a non-square image).
 */
function reasonsAt(v: Extract<ImageVerdict, { status: 'ok' }>, threshold: number): string[] {
  const figures = figuresOf(v);
  return [...reasonsOf(figures, threshold), ...v.reasons.slice(reasonsOf(figures).length)];
}
