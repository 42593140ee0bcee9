import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SENSITIVITY, SENSITIVITY_MAX, SENSITIVITY_MIN, mediumThreshold } from '../../utils/settings';

export interface SensitivitySliderProps {
  /** The 'high' threshold (0.5–0.99). */
  value: number;
  onChange: (threshold: number) => void;
}

// The slider shows sensitivity (right = more flags), the setting stores the threshold: invert.
const toSlider = (threshold: number): number => Math.round((1 - threshold) * 100);
const fromSlider = (pos: number): number => Math.round(100 - pos) / 100;

/** Plain-language description of a threshold. */
export function sensitivityLabel(threshold: number): string {
  if (threshold >= 0.95) return 'Cautious: only the strongest evidence is flagged. Fewer false alarms, misses more.';
  if (threshold >= 0.85) return 'Balanced: strong evidence is flagged. Some flags will still be real people.';
  if (threshold >= 0.7) return 'Eager: more flags, and more of them will be real people.';
  return 'Very eager: many flags will be real people. Use for research, not judgement.';
}

/** Slider for how much evidence makes a badge say "high". */
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
          (high ≥ {draft.toFixed(2)}, medium ≥ {mediumThreshold({ sensitivity: draft }).toFixed(2)}
          {draft === DEFAULT_SENSITIVITY ? ', default' : ''})
        </span>
      </p>
    </div>
  );
}
