import { DashboardButtons } from './dashboard-buttons';
import { RetentionSelect } from './retention-select';
import { SensitivitySlider } from './sensitivity-slider';
import { SignalToggles } from './signal-toggles';
import { SiteToggles } from './site-toggles';
import { TabCountsView } from './tab-counts-view';
import type { GetTabCounts } from './types';
import { useSettings } from './use-settings';

import { t } from '../../core/i18n/translate';

export interface AppProps {
  getTabCounts: GetTabCounts;
}

/** The toolbar popup: this tab's counts, per-site switches, sensitivity and signals. */
export function App({ getTabCounts }: AppProps) {
  const { settings, error, save } = useSettings();

  return (
    <main class="popup">
      <h1>Sockscope</h1>
      <TabCountsView getTabCounts={getTabCounts} />
      <DashboardButtons />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {settings ? (
        <>
          <SiteToggles sites={settings.sites} onChange={(sites) => save({ ...settings, sites })} />
          <SensitivitySlider value={settings.sensitivity} onChange={(sensitivity) => save({ ...settings, sensitivity })} />
          <SignalToggles signals={settings.signals} onChange={(signals) => save({ ...settings, signals })} />
          <RetentionSelect days={settings.retentionDays} onChange={(retentionDays) => save({ ...settings, retentionDays })} />
          {/* Dev builds only: the outline mode is for us, not for readers. */}
          {import.meta.env.DEV && (
            <label class="row debug">
              <input type="checkbox" checked={settings.debug} onChange={(e) => save({ ...settings, debug: e.currentTarget.checked })} />
              {t('popupDebug')}
            </label>
          )}
        </>
      ) : (
        <p class="counts">{t('popupLoadingSettings')}</p>
      )}
      <footer>{t('popupFooter')}</footer>
    </main>
  );
}
