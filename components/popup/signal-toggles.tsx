import type { Settings } from '../../utils/settings';
import { SWITCHES } from '../../core/signal-registry';

import { t, type MessageKey } from '../../core/i18n/translate';
import type { SwitchKey } from '../../core/signal-registry';

/** Each switch's label and hint, as messages (the registry's English words are the messages' English). */
const SWITCH_TEXT: Record<SwitchKey, readonly [MessageKey, MessageKey]> = {
  eyeGeometry: ['switchEyeGeometry', 'switchEyeGeometryHint'],
  ganClassifier: ['switchGanClassifier', 'switchGanClassifierHint'],
  reusedAvatar: ['switchReusedAvatar', 'switchReusedAvatarHint'],
  copiedText: ['switchCopiedText', 'switchCopiedTextHint'],
  hashtagBurst: ['switchHashtagBurst', 'switchHashtagBurstHint'],
  handlePattern: ['switchHandlePattern', 'switchHandlePatternHint'],
  knownList: ['switchKnownList', 'switchKnownListHint'],
  knownContent: ['switchKnownContent', 'switchKnownContentHint'],
  repurposed: ['switchRepurposed', 'switchRepurposedHint'],
  crossPlatform: ['switchCrossPlatform', 'switchCrossPlatformHint'],
  nonPhotoAvatar: ['switchNonPhotoAvatar', 'switchNonPhotoAvatarHint'],
  coRepost: ['switchCoRepost', 'switchCoRepostHint'],
};

export interface SignalTogglesProps {
  signals: Settings['signals'];
  onChange: (signals: Settings['signals']) => void;
}

/** Checkboxes for the evidence Sockscope looks at, one per switch of the signal registry (core/signal-registry.ts). */
export function SignalToggles({ signals, onChange }: SignalTogglesProps) {
  return (
    <fieldset class="group">
      <legend>{t('popupEvidenceLegend')}</legend>
      {SWITCHES.map((s) => (
        <label key={s.key} class="row">
          <input
            type="checkbox"
            checked={signals[s.key]}
            aria-describedby={`signal-${s.key}`}
            onChange={(e) => onChange({ ...signals, [s.key]: e.currentTarget.checked })}
          />
          <span>
            {t(SWITCH_TEXT[s.key][0])}
            <span id={`signal-${s.key}`} class="hint">
              {t(SWITCH_TEXT[s.key][1])}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
