import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SENSITIVITY, SENSITIVITY_MAX, SENSITIVITY_MIN } from '../../utils/settings';

import { formatPercent, t } from '../../core/i18n/translate';

export interface SensitivitySliderProps {
  /** The texture check's flag threshold (a calibrated probability, SENSITIVITY_MIN–MAX). */
  value: number;
  onChange: (threshold: number) => void;
}

// The slider shows sensitivity (right = more flags), the setting stores the threshold: invert.
const toSlider = (threshold: number): number => Math.round((1 - threshold) * 100);
const fromSlider = (pos: number): number => Math.round(100 - pos) / 100;

/** Plain-language description of a threshold, relative to the release's default. */
export function sensitivityLabel(threshold: number): string {
  const gap = threshold - DEFAULT_SENSITIVITY;
  if (gap >= 0.1) return t('sensitivityCautious');
  if (gap > -0.1) return t('sensitivityBalanced');
  if (gap > -0.3) return t('sensitivityEager');
  return t('sensitivityVeryEager');
}

/** Slider for how sure the texture check must be before an avatar whose eyes match is flagged. */
export function SensitivitySlider({ value, onChange }: SensitivitySliderProps) {
  // Local while dragging; saved on release so every tab isn't re-banded on each pixel.
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const label = sensitivityLabel(draft);

  return (
    <div class="group">
      <label class="slider-label" for="sensitivity">
        {t('sensitivityLabel')}
      </label>
      <input
        id="sensitivity"
        type="range"
        min={toSlider(SENSITIVITY_MAX)}
        max={toSlider(SENSITIVITY_MIN)}
        step={1}
        value={toSlider(draft)}
        aria-valuetext={label}
        aria-describedby="sensitivity-help"
        onInput={(e) => setDraft(fromSlider(Number(e.currentTarget.value)))}
        onChange={(e) => onChange(fromSlider(Number(e.currentTarget.value)))}
      />
      <div class="scale" aria-hidden="true">
        <span>{t('sensitivityFewer')}</span>
        <span>{t('sensitivityMore')}</span>
      </div>
      <p id="sensitivity-help" class="help">
        {label}{' '}
        <span class="numbers">
          {draft === DEFAULT_SENSITIVITY ? t('sensitivityNumbersDefault', formatPercent(draft)) : t('sensitivityNumbers', formatPercent(draft))}
        </span>
      </p>
    </div>
  );
}
