/**
 * The one judge: evidence about an account and the user's settings in, its band, risk and reasons out.
 * The background, the content script (when the settings change), the right-click check, the CLI, `batch`
 * and the export all call it, so an account reads the same everywhere. Pure: no store, no context.
 */
import type { ImageVerdict, RiskBand } from './verdict';
import type { SignalResult } from './evidence';
import { fuseRisk, type ClusterFinding, type RiskAssessment } from './fuse';
import { decide, figuresAllowed, figuresOf, riskPointsOf, bandOf, shapeReasons, stageReasons } from './image-policy';
import { SIGNALS, type EvidenceFamily, type SwitchKey } from './signal-registry';
import { STAGE_REASON_IDS, type Cap, type Contribution, type Decision, type Reason, type StageReason } from './reasons';
import { badgeState, type BadgeBand } from './badge-state';

/** What the judge reads of the settings: stage 2's threshold and the signal switches. */
export interface JudgeSettings {
  sensitivity: number;
  signals: Readonly<Record<SwitchKey, boolean>>;
}

/** Everything gathered about one account's other signals, each measured whatever the switches say. */
export interface AccountEvidence<C extends ClusterFinding = ClusterFinding> {
  /** Clusters linking it to other accounts (any day, fired or not). */
  clusters: readonly C[];
  /** Profile heuristics of the sighting (auto-made handle, name unlike handle, default picture). */
  profile: readonly SignalResult[];
  /** Its match in the imported known-account lists, or null when none are imported. */
  known: SignalResult | null;
  /** Per-account signals: repurposed, known-content, non-photo-avatar. */
  signals: readonly SignalResult[];
}

/** The evidence of one sighting: the avatar's verdict, and what the store knows of the account (null without a store). */
export interface Evidence<C extends ClusterFinding = ClusterFinding> {
  image: ImageVerdict | null;
  account: AccountEvidence<C> | null;
}

/** The avatar judged at the user's settings. */
export interface ImageJudgement {
  /** 'high' for a flag, else 'low'; why there is none for a verdict without a face or with an error. */
  band: RiskBand | 'no-face' | 'error';
  /** Which stage decided, at the user's threshold (null without a face). */
  decision: Decision | null;
  /** The avatar's share of the account's risk (null when it adds nothing). */
  contribution: Contribution | null;
  reasons: Reason[];
}

export interface Judgement<C extends ClusterFinding = ClusterFinding> {
  /** The account's band: from all evidence, or from the avatar alone (never 'high') while the account has none. */
  band: RiskBand;
  /** What its badge shows: the band, or why the avatar has none where nothing else stands out. */
  state: BadgeBand;
  /** 0..100 from all evidence; null without account evidence. */
  risk: number | null;
  /** The reasons panel's lines, in order: the account's risk, each contribution, then the avatar's stages. */
  reasons: Reason[];
  /** Each signal's share of the risk, most points first. */
  contributions: Contribution[];
  cap: Cap | null;
  /** Strong families that contributed points. */
  families: EvidenceFamily[];
  /** The fired clusters the switches let count. */
  clusters: C[];
  /** The per-account signals the switches let count, as measured (fired or not). */
  signals: SignalResult[];
  image: ImageJudgement | null;
}

/** Judge an avatar alone at the user's settings (the popup's tab counts, the right-click check). */
export function judgeImage(v: ImageVerdict, s: JudgeSettings): ImageJudgement {
  if (v.status === 'error') return { band: 'error', decision: null, contribution: null, reasons: [] };
  if (v.status === 'no-face') return { band: 'no-face', decision: null, contribution: null, reasons: [{ id: 'no-face' }] };
  // The panel restates both stages at the user's threshold even where a switch keeps them from counting.
  const reasons = [...stageReasons(figuresOf(v), s.sensitivity), ...shapeReasons(v)];
  const figures = figuresAllowed(v, s.signals);
  if (!figures) return { band: 'low', decision: null, contribution: null, reasons };
  const decision = decide(figures, s.sensitivity);
  const points = riskPointsOf(figures, s.sensitivity);
  const stages = reasons.filter((r): r is StageReason => STAGE_REASON_IDS.has(r.id));
  const contribution: Contribution | null =
    points > 0 ? { signal: 'gan-face', family: SIGNALS['gan-face'].family, points, said: { id: 'avatar', decision, probability: v.score, stages } } : null;
  return { band: bandOf(figures, s.sensitivity), decision, contribution, reasons };
}

/** The judgement of one account: its band, risk and reasons at the user's settings. */
export function judge<C extends ClusterFinding>(ev: Evidence<C>, s: JudgeSettings): Judgement<C> {
  const image = ev.image ? judgeImage(ev.image, s) : null;
  const on = s.signals;
  const a = ev.account;
  const clusters = a ? a.clusters.filter((c) => on[SIGNALS[c.signal].switch]) : [];
  const signals = a ? a.signals.filter((r) => on[SIGNALS[r.signal].switch]) : [];
  const fused: RiskAssessment | null = a
    ? fuseRisk({
        avatar: image?.contribution ?? null,
        clusters,
        profile: a.profile.filter((r) => on[SIGNALS[r.signal].switch]),
        known: a.known && on[SIGNALS['known-account'].switch] ? a.known : null,
        account: signals,
      })
    : null;
  const { band, state } = badgeState(image?.band ?? null, fused?.band ?? null);
  // Each piece of evidence once: where the avatar counts, its contribution line quotes the stages' figures.
  const avatarCounted = fused?.contributions.some((c) => c.signal === 'gan-face') ?? false;
  const reasons: Reason[] = [
    ...(fused ? [{ id: 'account-risk', risk: fused.risk, cap: fused.cap } as const, ...fused.contributions.map((c) => ({ id: 'contribution', ...c }) as const)] : []),
    ...(image?.reasons ?? []).filter((r) => !(avatarCounted && STAGE_REASON_IDS.has(r.id))),
  ];
  return {
    band,
    state,
    risk: fused?.risk ?? null,
    reasons,
    contributions: fused?.contributions ?? [],
    cap: fused?.cap ?? null,
    families: fused?.families ?? [],
    clusters: clusters.filter((c) => c.fired),
    signals,
    image,
  };
}
