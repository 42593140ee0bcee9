import { RETENTION_CHOICES } from '../../utils/settings-schema';

import { t } from '../../core/i18n/translate';

export interface RetentionSelectProps {
  /** Days evidence is kept (one of RETENTION_CHOICES). */
  days: number;
  onChange: (days: (typeof RETENTION_CHOICES)[number]) => void;
}

/** How long the evidence store keeps what it saw; accounts marked "keep" in the dashboard stay longer. */
export function RetentionSelect({ days, onChange }: RetentionSelectProps) {
  return (
    <label class="row retention">
      {t('popupKeepEvidence')}{' '}
      <select
        name="retention"
        value={String(days)}
        onChange={(e) => {
          const next = RETENTION_CHOICES.find((d) => String(d) === e.currentTarget.value);
          if (next) onChange(next);
        }}
      >
        {RETENTION_CHOICES.map((d) => (
          <option key={d} value={String(d)}>
            {t('countDays', d)}
          </option>
        ))}
      </select>
    </label>
  );
}
