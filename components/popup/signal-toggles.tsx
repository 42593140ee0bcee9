import type { Settings } from '../../utils/settings';
import { SIGNALS } from '../../utils/settings-signals';

export interface SignalTogglesProps {
  signals: Settings['signals'];
  onChange: (signals: Settings['signals']) => void;
}

/** Checkboxes for the evidence Sockscope looks at; signals not built yet are shown disabled. */
export function SignalToggles({ signals, onChange }: SignalTogglesProps) {
  return (
    <fieldset class="group">
      <legend>Evidence to look for</legend>
      {SIGNALS.map((s) => (
        <label key={s.key} class={s.available ? 'row' : 'row unavailable'}>
          <input
            type="checkbox"
            checked={s.available && signals[s.key]}
            disabled={!s.available}
            aria-describedby={`signal-${s.key}`}
            onChange={(e) => onChange({ ...signals, [s.key]: e.currentTarget.checked })}
          />
          <span>
            {s.label}
            <span id={`signal-${s.key}`} class="hint">
              {s.available ? s.hint : `${s.hint} (coming later)`}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
