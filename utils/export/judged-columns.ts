import type { ImageVerdict } from '../../core/verdict';
import type { Judgement } from '../../core/judge';
import { capText, riskReasons } from '../../core/reason-text';
import { ENGLISH_VOICE } from '../../core/i18n/translate';
import type { ClusterEvidence } from '../../core/evidence';
import { signalScores } from './signal-scores';
import type { ExportAccount } from './types';

/** The judged part of an exported account: its risk, band, reasons, cap, signal scores and clusters. */
export type JudgedAccount = Pick<ExportAccount, 'risk' | 'band' | 'signals' | 'reasons' | 'cap' | 'clusters'>;

/** An account's judgement as the export's columns hold it (the CLI's `batch` writes the same). */
export function judgedColumns(image: ImageVerdict | null, j: Judgement<ClusterEvidence>): JudgedAccount {
  // English with ISO dates whatever the reader's language: tools and other investigators read these columns.
  const reasons = riskReasons(j.contributions, ENGLISH_VOICE);
  return {
    risk: j.risk ?? 0,
    band: j.band,
    signals: signalScores(image, j.clusters, reasons, undefined, j.signals),
    reasons,
    cap: j.cap ? capText(j.cap, ENGLISH_VOICE) : null,
    clusters: j.clusters,
  };
}
