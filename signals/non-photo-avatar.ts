import type { ImageVerdict } from '../core/verdict';
import { NONPHOTO_THRESHOLD } from '../analysis/nonphoto/classify';
import { signalResult, type SignalResult } from '../core/evidence';
import { said } from '../core/i18n/said';

/** Score at or above which the avatar counts as a non-photo: models/non-photo/model.json's operating point. */
export const NON_PHOTO_THRESHOLD = NONPHOTO_THRESHOLD;

const KIND_TEXT = {
  illustration: 'nonPhotoIllustration',
  graphic: 'nonPhotoGraphic',
  'platform-default': 'nonPhotoDefault',
  photo: 'nonPhotoPhoto',
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
      ? said('reasonNonPhoto', said(what), { fixed: score, digits: 2 })
      : 'Profile picture looks like a photo',
  );
}
