/**
 * The reasons a judgement gives, as data: an id and the figures behind it. core/reason-text.ts says them in
 * words, in one place, so the badge, the right-click check, the CLI and the export all say the same thing.
 */
import type { SignalId } from './evidence';
import type { EvidenceFamily } from './signal-registry';
import type { Said as Sentence } from './i18n/said';

/**
 * Which stage decided an avatar, and how: the eyes rule a StyleGAN face out; they match but the face is
 * too small for the texture check; they match but the texture check did not run (switched off, or stage 2
 * unavailable); they match and the texture looks real; both agree.
 */
export type Decision = 'eyes-differ' | 'too-small' | 'eyes-only' | 'texture-real' | 'flagged';

/** Why the account's risk was capped: weak evidence alone, or 'high' without enough independent kinds. */
export type Cap = { id: 'weak-only'; at: number } | { id: 'needs-families'; at: number; families: number };

/**
 * What a contribution to the account's risk says: the avatar's decision, or the signal's own sentence (its
 * English `text`, and `msg`, the same sentence as a message key and figures, for other locales).
 */
export type Said = { id: 'avatar'; decision: Decision; probability: number; stages: readonly StageReason[] } | { id: 'signal'; text: string; msg?: Sentence };

/** One signal's share of the account's risk. */
export interface Contribution {
  signal: SignalId;
  family: EvidenceFamily;
  points: number;
  said: Said;
}

/** The eye-geometry figures a stage reason quotes. */
interface EyeFigures {
  /** GANEyeDistance, fractions of the width. */
  eyeDistance: number;
  /** The policy's match limit. */
  limit: number;
}

/** One line of the reasons panel, as data. */
export type Reason =
  | { id: 'account-risk'; risk: number; cap: Cap | null }
  | ({ id: 'contribution' } & Contribution)
  | ({ id: 'eyes-differ'; ganEyeMatch: number } & EyeFigures)
  | ({ id: 'eyes-only'; alignedRealEyeMatch: number } & EyeFigures)
  | ({ id: 'eyes-match-common'; alignedRealEyeMatch: number } & EyeFigures)
  | ({ id: 'eyes-match' } & EyeFigures)
  | { id: 'too-small'; eyePixels: number; minEyePixels: number }
  | { id: 'texture-real'; probability: number; threshold: number }
  | { id: 'texture-flagged'; probability: number; threshold: number; defaultThreshold: number; ganRecall: number; alignedRealFlagged: number }
  | { id: 'not-square'; width: number; height: number }
  | { id: 'no-face' };

export type ReasonId = Reason['id'];

/** The reasons of the avatar's two stages: what its contribution quotes when it counts. */
export type StageReason = Extract<Reason, { id: 'eyes-differ' | 'eyes-only' | 'eyes-match-common' | 'eyes-match' | 'texture-real' | 'texture-flagged' }>;

/** Ids of the stage reasons. */
export const STAGE_REASON_IDS: ReadonlySet<ReasonId> = new Set(['eyes-differ', 'eyes-only', 'eyes-match-common', 'eyes-match', 'texture-real', 'texture-flagged']);
