import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../../sites/content-matches';
import { youtubeAdapter } from '../../sites/youtube/adapter';
import { runContentScript } from '../../runtime/content/run-content-script';

export default defineContentScript({
  matches: CONTENT_MATCHES.youtube,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, youtubeAdapter, { navigationEvents: ['yt-navigate-finish'] }),
});
