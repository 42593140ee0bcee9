import { OVERLAY_COLORS } from './eye-overlay';
import { t } from '../core/i18n/translate';

export interface EyeLegendProps {
  /** Whether detected-eye dots are drawn (otherwise the legend says none were found). */
  detected: boolean;
}

/** Legend for EyeOverlay: what the rings and the dots mean, in plain words. */
export function EyeLegend({ detected }: EyeLegendProps) {
  return (
    <ul class="eye-legend" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      <li>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="none" stroke={OVERLAY_COLORS.halo} stroke-width="2.6" />
          <circle cx="6" cy="6" r="4" fill="none" stroke={OVERLAY_COLORS.target} stroke-width="1.3" />
        </svg>{' '}
        {t('legendStyleGanEyes')}
      </li>
      <li>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <circle cx="6" cy="6" r="3" fill={OVERLAY_COLORS.detected} stroke={OVERLAY_COLORS.halo} stroke-width="1" />
        </svg>{' '}
        {detected ? t('legendEyesFound') : t('legendNoEyes')}
      </li>
    </ul>
  );
}
