import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../../sites/content-matches';
import { xAdapter } from '../../sites/x/adapter';
import { runContentScript } from '../../runtime/content/run-content-script';

export default defineContentScript({
  matches: CONTENT_MATCHES.x,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, xAdapter),
});
