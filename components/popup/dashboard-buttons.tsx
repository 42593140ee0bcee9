import { browser } from 'wxt/browser';

import { t } from '../../core/i18n/translate';

/** Opens the dashboard in a tab; '#export' asks it to export everything as soon as it has loaded. */
function openDashboard(hash: '' | '#export'): void {
  // A tab, not the popup: the popup closes on blur, which would cut a download short.
  void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${hash}` });
  window.close();
}

/** "Open dashboard" and "Export" buttons for the popup. */
export function DashboardButtons() {
  return (
    <div class="row dashboard-buttons">
      <button type="button" onClick={() => openDashboard('')}>{t('popupOpenDashboard')}</button>
      <button type="button" onClick={() => openDashboard('#export')}>{t('popupExport')}</button>
    </div>
  );
}
