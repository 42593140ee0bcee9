import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../../sites/content-matches';
import { facebookAdapter } from '../../sites/facebook/adapter';
import { runContentScript } from '../../runtime/content/run-content-script';

export default defineContentScript({
  matches: CONTENT_MATCHES.facebook,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, facebookAdapter),
});
