import { browser } from 'wxt/browser';
import { decodeBrowser } from '../image/decode-browser';
import { parseOffscreenMessage, type AnalyzeResponse } from '../messages';
import { configureOrt, setModelLoader } from '../ml/ort';
import { analyzeUrls } from './analyze-urls';
import { benchDecodeAnalyze } from './bench-decode-analyze';

/** Wire the offscreen document: ORT from the extension's own files, and the analyse handler. */
export function startOffscreen(): void {
  configureOrt({ wasmPaths: chrome.runtime.getURL('/ort/'), numThreads: 1 });
  setModelLoader(async (name) => {
    const res = await fetch(chrome.runtime.getURL(`/models/${name}.onnx`));
    if (!res.ok) throw new Error(`[sockscope:offscreen] model ${name} missing (HTTP ${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseOffscreenMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'offscreen-bench') return benchDecodeAnalyze(msg.urls, msg.repeats, decodeBrowser);
    return analyzeUrls(msg.urls, decodeBrowser).then((results): AnalyzeResponse => ({ results }));
  });
}
