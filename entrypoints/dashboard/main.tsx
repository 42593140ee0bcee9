import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/dashboard/app';
import { storeDeps } from '../../components/dashboard/store-deps';
import { openEvidenceDb } from '../../utils/db/open';
import './style.css';
import { useBrowserMessages } from '../../utils/i18n/browser-messages';
import { pageLanguage } from '../../components/page-language';

useBrowserMessages();
pageLanguage(document);

const root = document.getElementById('app');
if (root)
  openEvidenceDb().then(
    (db) => render(<App deps={storeDeps(db, browser.runtime.getManifest().version)} autoExport={location.hash === '#export'} />, root),
    (e: unknown) => {
      // Say it on the page: a blank dashboard would look like "no data".
      root.textContent = `[sockscope:dashboard] couldn't open the evidence store: ${String(e)}`;
    },
  );
