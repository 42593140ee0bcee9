import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../sites/registry';
import type { WarmAnalyser } from '../utils/messages/warm';

// As a supported page starts loading, about a second before the main content script (document_idle) reads
// its first avatars, the analyser is asked to start loading the models (utils/messages/warm.ts).
export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_start',
  main: () => {
    if (import.meta.env.TEST_HOOKS) performance.mark('sockscope:startup:warm-sent');
    const msg: WarmAnalyser = { target: 'background', type: 'warm-analyser' };
    // Firefox's `browser`, else Chrome's `chrome`: both promise-based here (MV2 Firefox, MV3 Chrome).
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    // Nothing depends on the answer: without it the first avatars start the analyser, as before. An
    // invalidated extension context (the extension updated under the page) throws rather than rejects.
    try {
      api.runtime.sendMessage(msg).catch(() => undefined);
    } catch {
      // Nothing to warm: this script's extension is gone.
    }
  },
});
