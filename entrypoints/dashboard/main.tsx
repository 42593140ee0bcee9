import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/dashboard/app';
import { storeDeps } from '../../components/dashboard/store-deps';
import { openEvidenceDb } from '../../utils/db/open';
import './style.css';
import { useBrowserMessages } from '../../utils/i18n/browser-messages';
import { pageLanguage } from '../../components/page-language';
import { t } from '../../core/i18n/translate';

useBrowserMessages();
// The page's language and direction are the messages' (Arabic and Persian right to left).
pageLanguage(document);
document.title = t('dashTitle');

const root = document.getElementById('app');
if (root)
  openEvidenceDb().then(
    (db) => render(<App deps={storeDeps(db, browser.runtime.getManifest().version)} autoExport={location.hash === '#export'} />, root),
    (e: unknown) => {
      // Say it on the page: a blank dashboard would look like "no data".
      root.textContent = `[sockscope:dashboard] ${t('dashStoreError', String(e))}`;
    },
  );
