import { browser } from 'wxt/browser';
import { decodeBrowser } from '../../analysis/image/decode-browser';
import { isUserScrolling, parseOffscreenMessage, type AnalyzeResponse } from '../../utils/messages';
import { setModelRunner } from '../../analysis/ml/model-runner';
import { YieldGate } from '../../analysis/yield-gate';
import { analyzeUrls } from '../../analysis/analyze-urls';
import { benchDecodeAnalyze } from './bench-decode-analyze';
import { InferenceClient } from './inference-client';

/**
 * Wire the offscreen document: models run in its inference worker (started now, so they load while the
 * first avatars are fetched); fetching, decoding and preprocessing stay here and overlap with inference.
 */
export function startOffscreen(): void {
  const inference = new InferenceClient(
    () => new Worker(new URL('./inference-worker-entry.ts', import.meta.url), { type: 'module', name: 'sockscope-inference' }),
  );
  setModelRunner(inference.run);
  inference.start();
  const gate = new YieldGate();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isUserScrolling(raw)) return void gate.hold();
    const msg = parseOffscreenMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'offscreen-bench') return benchDecodeAnalyze(msg.urls, msg.repeats, decodeBrowser);
    return analyzeUrls(msg.urls, decodeBrowser, { gate }).then((results): AnalyzeResponse => ({ results }));
  });
}
