import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../../sites/facebook/adapter';
import { runContentScript } from '../../runtime/content/run-content-script';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, facebookAdapter),
});
