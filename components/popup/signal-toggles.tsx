import type { Settings } from '../../utils/settings';
import { SWITCHES } from '../../core/signal-registry';

export interface SignalTogglesProps {
  signals: Settings['signals'];
  onChange: (signals: Settings['signals']) => void;
}

/** Checkboxes for the evidence Sockscope looks at, one per switch of the signal registry (core/signal-registry.ts). */
export function SignalToggles({ signals, onChange }: SignalTogglesProps) {
  return (
    <fieldset class="group">
      <legend>Evidence to look for</legend>
      {SWITCHES.map((s) => (
        <label key={s.key} class="row">
          <input
            type="checkbox"
            checked={signals[s.key]}
            aria-describedby={`signal-${s.key}`}
            onChange={(e) => onChange({ ...signals, [s.key]: e.currentTarget.checked })}
          />
          <span>
            {s.label}
            <span id={`signal-${s.key}`} class="hint">
              {s.hint}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
