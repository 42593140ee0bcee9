import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../runtime/background/start-background';
import { useBrowserMessages } from '../utils/i18n/browser-messages';

// A module service worker (Chrome) is built with the extension's pages, so what it shares with them (eld's
// language data with the dashboard, the message layer, the store) ships once, in shared chunks. Firefox's
// MV2 background page takes no type and stays one classic script.
export default defineBackground({
  type: 'module',
  main() {
    useBrowserMessages();
    startBackground();
  },
});
