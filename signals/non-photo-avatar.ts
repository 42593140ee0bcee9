import type { ImageVerdict } from '../core/verdict';
import { NONPHOTO_THRESHOLD } from '../analysis/nonphoto/classify';
import { signalResult, type SignalResult } from '../core/evidence';

/** Score at or above which the avatar counts as a non-photo: models/non-photo/model.json's operating point. */
export const NON_PHOTO_THRESHOLD = NONPHOTO_THRESHOLD;

const KIND_TEXT = {
  illustration: 'a drawing (anime or cartoon style)',
  graphic: 'a drawing, logo or graphic',
  'platform-default': "the platform's default picture",
  photo: 'a photo',
} as const;

/**
 * The non-photo-avatar signal from an image verdict: weak evidence by design (few points), since
 * many real people use drawings, logos or no picture at all. Null when the avatar was not analysed.
 */
export function nonPhotoAvatar(verdict: ImageVerdict | null): SignalResult | null {
  if (!verdict || verdict.status === 'error' || !verdict.nonPhoto) return null;
  const { score, kind } = verdict.nonPhoto;
  const what = KIND_TEXT[kind === 'photo' ? 'illustration' : kind];
  return signalResult(
    'non-photo-avatar',
    score,
    NON_PHOTO_THRESHOLD,
    score >= NON_PHOTO_THRESHOLD
      ? `Profile picture looks like ${what} (${score.toFixed(2)} of 1), not a photo — weak: many real people use one`
      : 'Profile picture looks like a photo',
  );
}
