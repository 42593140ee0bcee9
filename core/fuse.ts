import type { RiskBand } from './verdict';
import type { SignalId, SignalResult } from './evidence';
import { RISK_DEFAULTS, type RiskDefaults } from './risk-defaults';
import { ONE_FACT, SIGNALS, WEAK_FAMILIES, type ClusterSignal, type EvidenceFamily, type WeightedSignal } from './signal-registry';
import type { Cap, Contribution } from './reasons';

/** What fusion needs of a cluster: which signal, how strong, whether it fired and its sentence. */
export type ClusterFinding = Pick<SignalResult, 'score' | 'fired' | 'reason' | 'msg'> & { signal: ClusterSignal; onePageLoad?: boolean };

/** The evidence fusion weighs: only what the user's switches let count (core/judge.ts picks it). */
export interface FusionInput {
  /** The avatar's share, as the verdict policy weighs it at the user's threshold; null when it adds nothing. */
  avatar: Contribution | null;
  clusters: readonly ClusterFinding[];
  profile: readonly SignalResult[];
  known: SignalResult | null;
  /** Per-account signals that count when fired: repurposed, known-content, non-photo-avatar. */
  account: readonly SignalResult[];
}

export interface RiskAssessment {
  /** 0..100. */
  risk: number;
  band: RiskBand;
  /** Each contributing signal, most points first. */
  contributions: Contribution[];
  /** Why the sum was capped, if it was. */
  cap: Cap | null;
  /** Strong families that contributed points. */
  families: EvidenceFamily[];
}

/** Points and sentence for each contributing signal (zero-point signals are dropped). */
function contributions(ev: FusionInput, d: RiskDefaults): Contribution[] {
  const out: Contribution[] = ev.avatar && ev.avatar.points > 0 ? [ev.avatar] : [];
  const add = (signal: SignalId, score: number, found: Pick<SignalResult, 'reason' | 'msg'>): void => {
    if (signal === 'gan-face') return;
    const points = Math.round(d.points[signal as WeightedSignal] * Math.min(1, Math.max(0, score)));
    if (points > 0) out.push({ signal, family: SIGNALS[signal].family, points, said: { id: 'signal', text: found.reason, ...(found.msg ? { msg: found.msg } : {}) } });
  };
  // One contribution per signal: the strongest cluster of each kind.
  const strongest = new Map<SignalId, ClusterFinding>();
  for (const c of ev.clusters) if (c.fired && c.score > (strongest.get(c.signal)?.score ?? -1)) strongest.set(c.signal, c);
  for (const c of strongest.values()) add(c.signal, c.score, c);
  for (const p of ev.profile) if (p.fired || p.score > 0) add(p.signal, p.score, p);
  if (ev.known?.fired) add('known-account', 1, ev.known);
  for (const a of ev.account) if (a.fired) add(a.signal, a.score, a);
  return oneCountPerFact(out).sort((a, b) => b.points - a.points);
}

/** Within each group of signals that state one fact (core/signal-registry.ts), only the one with the most points counts. */
export function oneCountPerFact(cs: readonly Contribution[]): Contribution[] {
  const dropped = new Set<Contribution>();
  for (const group of ONE_FACT) {
    const same = cs.filter((c) => group.signals.includes(c.signal));
    // Ties go to the group's first signal: the more specific measurement.
    const keep = same.reduce<Contribution | null>((best, c) => (!best || c.points > best.points || (c.points === best.points && group.signals.indexOf(c.signal) < group.signals.indexOf(best.signal)) ? c : best), null);
    for (const c of same) if (c !== keep) dropped.add(c);
  }
  return cs.filter((c) => !dropped.has(c));
}

/**
 * One risk 0..100 per account: the sum of each signal's points, then capped so that weak evidence
 * can't look strong — weak signals (profile heuristics, links) alone stay below 'medium', and 'high' needs two independent
 * strong families (or a known-list match).
 */
export function fuseRisk(ev: FusionInput, d: RiskDefaults = RISK_DEFAULTS): RiskAssessment {
  const reasons = contributions(ev, d);
  const strong = (rs: readonly Contribution[]) => [...new Set(rs.map((r) => r.family).filter((f) => !WEAK_FAMILIES.has(f)))];
  // A signal whose every fired cluster was seen in one page load only could be the page's own planting: its
  // points count, but not towards the two families 'high' needs (docs/risk-defaults.md, "Planted evidence").
  const planted = new Set(ev.clusters.filter((c) => c.fired && c.onePageLoad).map((c) => c.signal));
  for (const c of ev.clusters) if (c.fired && !c.onePageLoad) planted.delete(c.signal);
  const families = strong(reasons.filter((r) => !planted.has(r.signal as ClusterSignal)));
  let risk = Math.min(100, reasons.reduce((s, r) => s + r.points, 0));
  let cap: Cap | null = null;
  if (strong(reasons).length === 0 && risk > d.profileOnlyCap) {
    risk = d.profileOnlyCap;
    cap = { id: 'weak-only', at: d.profileOnlyCap };
  } else if (!families.includes('list') && families.length < d.highNeedsFamilies && risk >= d.bands.high) {
    risk = d.bands.high - 1;
    cap = { id: 'needs-families', at: risk, families: d.highNeedsFamilies };
  }
  const band: RiskBand = risk >= d.bands.high ? 'high' : risk >= d.bands.medium ? 'medium' : 'low';
  return { risk, band, contributions: reasons, cap, families };
}
