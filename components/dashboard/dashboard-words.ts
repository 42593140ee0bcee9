import type { RiskBand } from '../../core/verdict';
import type { MessageKey } from '../../core/i18n/translate';
import type { ReviewState } from '../../utils/export/types';

/**
 * The dashboard's words for values it shows from the store: risk bands and review states. The values
 * themselves stay English in the export (tools read them); the page says them in the reader's language.
 */
export const BAND_WORD: Record<RiskBand | 'unknown', MessageKey> = { high: 'dashBandHigh', medium: 'dashBandMedium', low: 'dashBandLow', unknown: 'dashBandUnknown' };

/** A review state's label, as the review form and the table say it. */
export const REVIEW_WORD: Record<ReviewState, MessageKey> = {
  unreviewed: 'dashReviewUnreviewed',
  reviewed: 'dashReviewReviewed',
  'false-positive': 'dashReviewFalsePositive',
  confirmed: 'dashReviewConfirmed',
};
