import { defineContentScript } from 'wxt/utils/define-content-script';
import { youtubeAdapter } from '../../sites/youtube/adapter';
import { runContentScript } from '../../runtime/content/run-content-script';

export default defineContentScript({
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, youtubeAdapter, { navigationEvents: ['yt-navigate-finish'] }),
});
