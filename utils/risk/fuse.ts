import type { ImageVerdict, RiskBand } from '../messages';
import type { ClusterEvidence, SignalId, SignalResult } from '../../signals/types';
import { RISK_DEFAULTS, type RiskDefaults } from './defaults';
import { decide, figuresAllowed, POLICY, riskPointsOf } from '../../analysis/verdict-policy';
import { FAMILY, WEAK_FAMILIES, WEIGHT, type EvidenceFamily } from './signal-weights';

export type { EvidenceFamily } from './signal-weights';

/** All evidence about one account, as the background gathers it. */
export interface AccountEvidence {
  image: ImageVerdict | null;
  /** The user's stage-2 threshold and image switches (the verdict policy turns the avatar into points). */
  imagePolicy?: { threshold: number; signals: { eyeGeometry: boolean; ganClassifier: boolean } };
  clusters: readonly ClusterEvidence[];
  profile: readonly SignalResult[];
  known: SignalResult | null;
  /** Per-account signals that count when fired: repurposed, known-content, non-photo-avatar. */
  account?: readonly SignalResult[];
}

/** One line of the "why" panel: a signal, its points and its sentence. */
export interface RiskReason {
  signal: SignalId;
  family: EvidenceFamily;
  points: number;
  reason: string;
}

export interface RiskAssessment {
  /** 0..100. */
  risk: number;
  band: RiskBand;
  reasons: RiskReason[];
  /** Why the sum was capped, if it was. */
  cap: string | null;
  /** Strong families that contributed points. */
  families: EvidenceFamily[];
}

/** Points and reason for each contributing signal (zero-point signals are dropped). */
function contributions(ev: AccountEvidence, d: RiskDefaults): RiskReason[] {
  const out: RiskReason[] = [];
  const add = (signal: SignalId, score: number, reason: string): void => {
    if (signal === 'gan-face') return;
    const points = Math.round(d.points[WEIGHT[signal]] * Math.min(1, Math.max(0, score)));
    if (points > 0) out.push({ signal, family: FAMILY[signal], points, reason });
  };
  if (ev.image?.status === 'ok') {
    const policy = ev.imagePolicy ?? { threshold: POLICY.flagProbability, signals: { eyeGeometry: true, ganClassifier: true } };
    const figures = figuresAllowed(ev.image, policy.signals);
    // The verdict policy owns the avatar's points; the model version is provenance (export, dashboard).
    const points = figures ? riskPointsOf(figures, policy.threshold) : 0;
    if (figures && points > 0) out.push({ signal: 'gan-face', family: 'image', points, reason: imageReason(decide(figures, policy.threshold), ev.image.score) });
  }
  // One contribution per signal: the strongest cluster of each kind.
  const strongest = new Map<SignalId, ClusterEvidence>();
  for (const c of ev.clusters) if (c.fired && c.score > (strongest.get(c.signal)?.score ?? -1)) strongest.set(c.signal, c);
  for (const c of strongest.values()) add(c.signal, c.score, c.reason);
  for (const p of ev.profile) if (p.fired || p.score > 0) add(p.signal, p.score, p.reason);
  if (ev.known?.fired) add('known-account', 1, ev.known.reason);
  for (const a of ev.account ?? []) if (a.fired) add(a.signal, a.score, a.reason);
  return out.sort((a, b) => b.points - a.points);
}

function imageReason(decision: ReturnType<typeof decide>, score: number): string {
  if (decision === 'flagged') return `Profile photo: the eyes sit where StyleGAN puts them and the texture check finds GAN traces (${Math.round(score * 100)}% on its scale)`;
  if (decision === 'texture-real') return 'Profile photo: the eyes sit where StyleGAN puts them, common in aligned stock and dataset photos; the texture check found no GAN traces';
  return 'Profile photo: the eyes sit where StyleGAN puts them (the texture check did not run)';
}

/**
 * One risk 0..100 per account: the sum of each signal's points, then capped so that weak evidence
 * can't look strong — weak signals (profile heuristics, links) alone stay below 'medium', and 'high' needs two independent
 * strong families (or a known-list match).
 */
export function fuseRisk(ev: AccountEvidence, d: RiskDefaults = RISK_DEFAULTS): RiskAssessment {
  const reasons = contributions(ev, d);
  const families = [...new Set(reasons.map((r) => r.family).filter((f) => !WEAK_FAMILIES.has(f)))];
  let risk = Math.min(100, reasons.reduce((s, r) => s + r.points, 0));
  let cap: string | null = null;
  if (families.length === 0 && risk > d.profileOnlyCap) {
    risk = d.profileOnlyCap;
    cap = `Capped at ${d.profileOnlyCap}: profile patterns and links alone are common among real people`;
  } else if (!families.includes('list') && families.length < d.highNeedsFamilies && risk >= d.bands.high) {
    risk = d.bands.high - 1;
    cap = `Capped at ${risk}: 'high' needs ${d.highNeedsFamilies} independent kinds of evidence`;
  }
  const band: RiskBand = risk >= d.bands.high ? 'high' : risk >= d.bands.medium ? 'medium' : 'low';
  return { risk, band, reasons, cap, families };
}
