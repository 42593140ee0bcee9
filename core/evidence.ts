import type { ClusterSignal, SignalId } from './signal-registry';
import { sayEnglish, type Said } from './i18n/said';

export type { ClusterSignal, SignalId } from './signal-registry';

/** One signal's finding: a score 0..1, the threshold it is judged against, and a sentence a journalist can read. */
export interface SignalResult {
  signal: SignalId;
  /** 0..1; 0 = nothing seen. */
  score: number;
  /** `fired` is `score >= threshold`. */
  threshold: number;
  fired: boolean;
  /** The sentence in English (the export's and the CLI's machine-readable text). */
  reason: string;
  /** The same sentence as a message key and figures, said in the reader's locale (absent in evidence stored before). */
  msg?: Said;
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

/** A finding's words: its English text and the sentence it comes from. */
export function wordsOf(msg: Said): Pick<SignalResult, 'reason' | 'msg'> {
  return { reason: sayEnglish(msg), msg };
}

/**
 * Builds a SignalResult, deriving `fired` so it can't disagree with score and threshold, and its English text
 * from its sentence (a plain string is English only).
 */
export function signalResult(signal: SignalId, score: number, threshold: number, why: Said | string): SignalResult {
  const s = Math.min(1, Math.max(0, score));
  const words = typeof why === 'string' ? { reason: why } : wordsOf(why);
  return { signal, score: s, threshold, fired: s >= threshold, ...words };
}
