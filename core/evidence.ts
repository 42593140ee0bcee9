import type { ClusterSignal, SignalId } from './signal-registry';

export type { ClusterSignal, SignalId } from './signal-registry';

/** One signal's finding: a score 0..1, the threshold it is judged against, and a sentence a journalist can read. */
export interface SignalResult {
  signal: SignalId;
  /** 0..1; 0 = nothing seen. */
  score: number;
  /** `fired` is `score >= threshold`. */
  threshold: number;
  fired: boolean;
  reason: string;
}

/** Account key as stored: `${site}:${handle lowercased}`. */
export type AccountKey = string & { readonly __brand: 'AccountKey' };

/** Evidence that links an account to others (a cluster), with the links so the UI can show them. */
export interface ClusterEvidence extends SignalResult {
  signal: ClusterSignal;
  /** How many OTHER accounts share the trait. */
  count: number;
  /** The other accounts (capped, see `truncated`). */
  accounts: AccountKey[];
  truncated: boolean;
  /** UTC day (YYYY-MM-DD) the cluster was seen on, when the signal is per day. */
  day: string | null;
  /** What is shared: a text excerpt, the hashtag set, or the avatar hash. */
  shared: string;
  /** Every sighting came from one page load, which the page could have planted: not a family for 'high' (core/fuse.ts). */
  onePageLoad?: boolean;
}

/** Builds a SignalResult, deriving `fired` so it can't disagree with score and threshold. */
export function signalResult(signal: SignalId, score: number, threshold: number, reason: string): SignalResult {
  const s = Math.min(1, Math.max(0, score));
  return { signal, score: s, threshold, fired: s >= threshold, reason };
}
