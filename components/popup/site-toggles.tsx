import type { Site } from '../../core/sighting';
import { SITES } from '../../core/sighting';

const NAMES: Record<Site, string> = { x: 'X (Twitter)', facebook: 'Facebook', youtube: 'YouTube' };

export interface SiteTogglesProps {
  sites: Record<Site, boolean>;
  onChange: (sites: Record<Site, boolean>) => void;
}

/** One checkbox per site: show badges there or not. */
export function SiteToggles({ sites, onChange }: SiteTogglesProps) {
  return (
    <fieldset class="group">
      <legend>Show badges on</legend>
      {SITES.map((site) => (
        <label key={site} class="row">
          <input
            type="checkbox"
            checked={sites[site]}
            onChange={(e) => onChange({ ...sites, [site]: e.currentTarget.checked })}
          />
          {NAMES[site]}
        </label>
      ))}
    </fieldset>
  );
}
