import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES, siteOfUrl } from '../../sites/registry';
import { adapterFor } from '../../sites/adapters';
import { runContentScript } from '../../runtime/content/run-content-script';
import { useBrowserMessages } from '../../utils/i18n/browser-messages';

// One content script for every site of the registry: the page's host picks the adapter.
export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => {
    useBrowserMessages();
    const site = siteOfUrl(location.href);
    const adapter = site ? adapterFor(site) : null;
    return adapter ? runContentScript(ctx, adapter) : undefined;
  },
});
