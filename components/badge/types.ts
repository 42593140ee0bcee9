import type { Point, RiskBand } from '../../core/verdict';

/** What the badge shows: still working, a risk band, or why there is no band. */
export type BadgeState = 'checking' | RiskBand | 'error' | 'no-face';

/** Explicit colour theme (from the page background); undefined follows prefers-color-scheme. */
export type Theme = 'light' | 'dark';

/** One piece of evidence; `points` is its weight in the fused score once fusion exists. */
export interface Reason {
  text: string;
  points?: number;
  /** What the signal looks for, in a sentence, shown under the reason. */
  hint?: string;
  /** Accounts in the same cluster ("same text as 7 others"), shown as profile links. */
  links?: readonly { label: string; href: string }[];
}

export interface BadgeProps {
  state: BadgeState;
  /** Short human reason for the 'error' state ("image too large"). */
  error?: string;
  reasons: readonly Reason[];
  /** Avatar URL on the platform's image host; anything else is not shown. */
  avatarUrl: string | null;
  /** Detected eye centres (fractions of width/height), when a face was found. */
  eyes: { left: Point; right: Point } | null;
  theme?: Theme;
  /** Who the badge is about ("@handle"), so screen-reader users can tell badges apart. */
  author?: string;
}

/** What the badge's button shows (the panel's reasons, photo and eyes are asked for only when it opens). */
export type BadgeFace = Pick<BadgeProps, 'state' | 'error' | 'theme' | 'author'>;

/** A badge's face now, and its panel's full props, computed only if the panel opens. */
export interface BadgeContent {
  face: BadgeFace;
  details(): BadgeProps;
}
