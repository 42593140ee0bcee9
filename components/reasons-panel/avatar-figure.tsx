import { useEffect, useState } from 'preact/hooks';
import type { Point } from '../../core/verdict';
import { EyeLegend } from '../eye-legend';
import { EyeOverlay } from '../eye-overlay';
import { platformImageUrl } from '../safe-image-url';
import { t } from '../../core/i18n/translate';

export interface AvatarFigureProps {
  avatarUrl: string | null;
  eyes: { left: Point; right: Point } | null;
  /** Whether a face was measured on this photo: only then are the StyleGAN eye spots drawn over it. */
  measured: boolean;
}

/** The avatar with the eye overlay and its legend. */
export function AvatarFigure({ avatarUrl, eyes, measured }: AvatarFigureProps) {
  const src = platformImageUrl(avatarUrl);
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [src]);

  const shown = src !== null && !failed;
  // The rings and dots compare a measured face with StyleGAN's eye spots: over "No photo to show", or for an
  // avatar without a measured face (an error, a default picture, no face), they would read as a measurement.
  const overlay = shown && measured && eyes !== null;
  return (
    <figure class="avatar">
      <div class="frame">
        {shown ? (
          <img
            src={src}
            alt={t('panelPhotoAlt')}
            // No referrer: the image is usually cached already; nothing about the reader needs to leave.
            referrerpolicy="no-referrer"
            onError={() => setFailed(true)}
          />
        ) : (
          // Facebook's signed avatar URLs expire (403): say so instead of showing a broken image.
          <div class="noimg">{src ? t('panelPhotoGone') : t('panelPhotoNone')}</div>
        )}
        {overlay && <EyeOverlay eyes={eyes} />}
      </div>
      {overlay && (
        <figcaption>
          <EyeLegend detected />
        </figcaption>
      )}
    </figure>
  );
}
