import type { Point } from '../core/verdict';
import { FFHQ_EYES } from '../analysis/eyes/eye-geometry';

// The rings are the very points stage 1 measures its distance to: one home for them.
export { FFHQ_EYES };

/** Ring radius in % of the width: roughly where an eye still "matches" (GANEyeDistance < ~0.02–0.03). */
export const TARGET_RADIUS = 3.5;

/** Overlay colours, shared with the legend; the dark halo keeps them visible on any photo. */
export const OVERLAY_COLORS = { target: '#00e5ff', detected: '#ffd400', halo: 'rgba(0,0,0,0.85)' } as const;

export interface EyeOverlayProps {
  /** Detected eye centres as fractions of width/height; null when none were found. */
  eyes: { left: Point; right: Point } | null;
}

const pct = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 10;
const finite = (p: Point): boolean => Number.isFinite(p.x) && Number.isFinite(p.y);

/** SVG layer that fills its (square, position:relative) parent: FFHQ eye targets as rings, detected eyes as dots. */
export function EyeOverlay({ eyes }: EyeOverlayProps) {
  const detected = eyes ? [eyes.left, eyes.right].filter(finite) : [];
  const label = detected.length
    ? 'Rings: where StyleGAN puts the eyes. Dots: the eyes found in this photo.'
    : 'Rings: where StyleGAN puts the eyes. No eyes found in this photo.';
  return (
    <svg
      class="eye-overlay"
      viewBox="0 0 100 100"
      // The image is stretched to the same square box, so fractions map 1:1 even for non-square sources.
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', pointerEvents: 'none' }}
    >
      {[FFHQ_EYES.left, FFHQ_EYES.right].map((p, i) => (
        <g key={`t${i}`} data-role="ffhq-target" data-cx={pct(p.x)} data-cy={pct(p.y)}>
          <circle cx={pct(p.x)} cy={pct(p.y)} r={TARGET_RADIUS} fill="none" stroke={OVERLAY_COLORS.halo} stroke-width={2.2} />
          <circle cx={pct(p.x)} cy={pct(p.y)} r={TARGET_RADIUS} fill="none" stroke={OVERLAY_COLORS.target} stroke-width={1} />
        </g>
      ))}
      {detected.map((p, i) => (
        <circle
          key={`d${i}`}
          data-role="detected-eye"
          cx={pct(p.x)}
          cy={pct(p.y)}
          r={1.6}
          fill={OVERLAY_COLORS.detected}
          stroke={OVERLAY_COLORS.halo}
          stroke-width={0.7}
        />
      ))}
    </svg>
  );
}
