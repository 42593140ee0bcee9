import { SITE_ENTRIES, type Site } from '../../sites/registry';

import { t } from '../../core/i18n/translate';

export interface SiteTogglesProps {
  sites: Record<Site, boolean>;
  onChange: (sites: Record<Site, boolean>) => void;
}

/** One checkbox per site: show badges there or not. */
export function SiteToggles({ sites, onChange }: SiteTogglesProps) {
  return (
    <fieldset class="group">
      <legend>{t('popupShowBadgesOn')}</legend>
      {SITE_ENTRIES.map(({ id, toggleLabel }) => (
        <label key={id} class="row">
          <input
            type="checkbox"
            checked={sites[id]}
            onChange={(e) => onChange({ ...sites, [id]: e.currentTarget.checked })}
          />
          {toggleLabel}
        </label>
      ))}
    </fieldset>
  );
}
