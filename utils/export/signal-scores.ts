import type { ImageVerdict } from '../../core/verdict';
import { RISK_DEFAULTS, type RiskDefaults } from '../../core/risk-defaults';
import type { RiskReason } from '../../core/reason-text';
import type { ClusterEvidence, SignalId, SignalResult } from '../../core/evidence';

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Each signal's 0..1 score: measured scores where the evidence has them (image, clusters), else
 * recovered from the points fusion gave (points = weight × score), so every fired signal has a number.
 */
export function signalScores(image: ImageVerdict | null, clusters: readonly ClusterEvidence[], reasons: readonly RiskReason[], d: RiskDefaults = RISK_DEFAULTS, account: readonly SignalResult[] = []): Partial<Record<SignalId, number>> {
  const out: Partial<Record<SignalId, number>> = {};
  if (image?.status === 'ok') out['gan-face'] = round(image.score);
  // Per-account signals were measured even when they did not fire: 0.3 of repurposed is a figure too.
  for (const a of account) out[a.signal] = round(a.score);
  for (const c of clusters) out[c.signal] = round(Math.max(out[c.signal] ?? 0, c.score));
  for (const r of reasons) if (out[r.signal] === undefined && r.signal !== 'gan-face') out[r.signal] = round(Math.min(1, r.points / d.points[r.signal]));
  return out;
}
