import { defineContentScript } from 'wxt/utils/define-content-script';
import { xAdapter } from '../../sites/x/adapter';
import { runContentScript } from '../../runtime/content/run-content-script';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, xAdapter),
});
