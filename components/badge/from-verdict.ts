import type { ImageVerdict } from '../../utils/messages';
import { bandFor } from '../../utils/settings';
import type { Settings } from '../../utils/settings';
import type { BadgeProps, Theme } from './types';

/** Badge props for a verdict, banded with the user's sensitivity (not the analysis default). */
export function badgePropsFromVerdict(
  verdict: ImageVerdict | null,
  avatarUrl: string | null,
  settings: Pick<Settings, 'sensitivity'>,
  theme?: Theme,
): BadgeProps {
  const base = { avatarUrl, theme, eyes: null, reasons: [] };
  if (!verdict) return { ...base, state: 'checking' };
  switch (verdict.status) {
    case 'error':
      return { ...base, state: 'error', error: verdict.error };
    case 'no-face':
      return { ...base, state: 'no-face', reasons: verdict.reasons.map((text) => ({ text })) };
    case 'ok':
      return {
        ...base,
        state: bandFor(verdict.score, settings),
        eyes: verdict.eyes,
        reasons: verdict.reasons.map((text) => ({ text })),
      };
  }
}
