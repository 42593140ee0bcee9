import { useEffect, useState } from 'preact/hooks';
import type { Point } from '../../core/verdict';
import { EyeLegend } from '../eye-legend';
import { EyeOverlay } from '../eye-overlay';
import { platformImageUrl } from '../safe-image-url';

export interface AvatarFigureProps {
  avatarUrl: string | null;
  eyes: { left: Point; right: Point } | null;
}

/** The avatar with the eye overlay and its legend. */
export function AvatarFigure({ avatarUrl, eyes }: AvatarFigureProps) {
  const src = platformImageUrl(avatarUrl);
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [src]);

  return (
    <figure class="avatar">
      <div class="frame">
        {src && !failed ? (
          <img
            src={src}
            alt="Profile photo"
            // No referrer: the image is usually cached already; nothing about the reader needs to leave.
            referrerpolicy="no-referrer"
            onError={() => setFailed(true)}
          />
        ) : (
          // Facebook's signed avatar URLs expire (403): say so instead of showing a broken image.
          <div class="noimg">{src ? 'Photo no longer available' : 'No photo to show'}</div>
        )}
        <EyeOverlay eyes={eyes} />
      </div>
      <figcaption>
        <EyeLegend detected={eyes !== null} />
      </figcaption>
    </figure>
  );
}
