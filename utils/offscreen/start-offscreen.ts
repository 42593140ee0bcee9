import { browser } from 'wxt/browser';
import { decodeBrowser } from '../image/decode-browser';
import { parseOffscreenMessage, type AnalyzeResponse } from '../messages';
import { setupExtensionOrt, warmModels } from './setup-ort';
import { analyzeUrls } from './analyze-urls';
import { benchDecodeAnalyze } from './bench-decode-analyze';

/** Wire the offscreen document: ORT from the extension's own files, and the analyse handler. */
export function startOffscreen(): void {
  setupExtensionOrt();
  warmModels();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseOffscreenMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'offscreen-bench') return benchDecodeAnalyze(msg.urls, msg.repeats, decodeBrowser);
    return analyzeUrls(msg.urls, decodeBrowser).then((results): AnalyzeResponse => ({ results }));
  });
}
