import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/dashboard/app';
import { storeDeps } from '../../components/dashboard/store-deps';
import { openEvidenceDb } from '../../utils/db/open';
import './style.css';
import { useBrowserMessages } from '../../utils/i18n/browser-messages';

// The dashboard's own words are English until they are translated (docs/translations.md): it keeps
// lang="en" and left-to-right; its CSS uses logical properties, ready to mirror.
useBrowserMessages();

const root = document.getElementById('app');
if (root)
  openEvidenceDb().then(
    (db) => render(<App deps={storeDeps(db, browser.runtime.getManifest().version)} autoExport={location.hash === '#export'} />, root),
    (e: unknown) => {
      // Say it on the page: a blank dashboard would look like "no data".
      root.textContent = `[sockscope:dashboard] couldn't open the evidence store: ${String(e)}`;
    },
  );
