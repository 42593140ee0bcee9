import type { ImageVerdict, RiskBand } from '../analysis/types';
import { bandFor, type Settings } from '../settings';

/** What a badge shows: derived from the verdict and the user's settings, never stored. */
export type BadgeState =
  | { kind: 'checking' }
  | { kind: 'error'; reason: string }
  | { kind: 'no-face'; reasons: string[] }
  | { kind: 'scored'; band: RiskBand; score: number; reasons: string[]; eyes: { left: { x: number; y: number }; right: { x: number; y: number } }; eyeDistance: number };

/** Map a verdict to the badge state under the current sensitivity. */
export function badgeStateFor(verdict: ImageVerdict | null, settings: Settings): BadgeState {
  if (!verdict) return { kind: 'checking' };
  switch (verdict.status) {
    case 'error':
      return { kind: 'error', reason: verdict.error };
    case 'no-face':
      return { kind: 'no-face', reasons: verdict.reasons };
    case 'ok':
      return {
        kind: 'scored',
        band: bandFor(verdict.score, settings),
        score: verdict.score,
        reasons: verdict.reasons,
        eyes: verdict.eyes,
        eyeDistance: verdict.eyeDistance,
      };
  }
}
