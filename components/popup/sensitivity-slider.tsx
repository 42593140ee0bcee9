import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SENSITIVITY, SENSITIVITY_MAX, SENSITIVITY_MIN } from '../../utils/settings';

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
  if (gap >= 0.1) return 'Cautious: only the clearest GAN traces are flagged. Fewer false alarms, misses more.';
  if (gap > -0.1) return 'Balanced: the tested default. Some flags will still be real people.';
  if (gap > -0.3) return 'Eager: more flags, and more of them will be aligned photos of real people.';
  return 'Very eager: many flags will be real people. Use for research, not judgement.';
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
        Sensitivity
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
        <span>fewer flags</span>
        <span>more flags</span>
      </div>
      <p id="sensitivity-help" class="help">
        {label}{' '}
        <span class="numbers">
          (flag when the eyes match and the texture check reaches {Math.round(draft * 100)}%
          {draft === DEFAULT_SENSITIVITY ? ', the default' : ''})
        </span>
      </p>
    </div>
  );
}
