import { decodeBrowser } from '../../analysis/image/decode-browser';
import { isUserScrolling, parseOffscreenMessage, PUSH_WINDOW_MS, type AnalysedPush, type AnalyzeResponse, type UrlVerdict } from '../../utils/messages';
import { LeadingBatcher } from '../../utils/leading-batcher';
import { analyseEach } from './analyse-each';
import { isTargeted } from '../../utils/messages/parse';
import { setModelRunner } from '../../analysis/ml/model-runner';
import { YieldGate } from '../../analysis/yield-gate';
import { analyzeUrls } from '../../analysis/analyze-urls';
import { InferenceClient } from './inference-client';
import { startupMark } from '../../utils/startup-mark';

/**
 * The image analyser, one for both browsers: it lives in Chrome's offscreen document and in Firefox's
 * background page (which has the DOM, canvas and Worker that an MV3 service worker lacks). Fetching,
 * decoding and preprocessing run in its page; the models run in an inference worker the page owns, the
 * only place onnxruntime is loaded, so inference never blocks the page's message handling.
 */
export interface Analyser {
  /**
   * Fetch and analyse image URLs; every URL gets a verdict, failures included. `onEach` hears of each
   * verdict as soon as it is done, before the batch's answer.
   */
  analyze(urls: string[], onEach?: (r: UrlVerdict) => void): Promise<UrlVerdict[]>;
  /**
   * The analyser's share of runtime messages: a page's scroll signal holds new work back, and the
   * offscreen-targeted requests are answered. Undefined for anything else (not ours to answer).
   */
  handle(raw: unknown): Promise<unknown> | undefined;
}

/** URLs of a batch analysed at once: fetches overlap, inference is serialised in the worker. */
const CONCURRENCY = 4;

/**
 * Start an analyser in this page; its worker starts now, so the models load while the first avatars are
 * fetched. `push` sends a message to the background: the per-URL verdicts of a request that has a batch id.
 */
export function startAnalyser(push?: (msg: AnalysedPush) => void): Analyser {
  startupMark('analyser-start');
  const inference = new InferenceClient(
    () => new Worker(new URL('./inference-worker-entry.ts', import.meta.url), { type: 'module', name: 'sockscope-inference' }),
  );
  setModelRunner(inference.run);
  inference.start();
  const gate = new YieldGate();
  let batches = 0;
  let answered = 0;
  const one = async (url: string): Promise<UrlVerdict> => {
    const [r] = await analyzeUrls([url], decodeBrowser, { gate });
    if (answered++ === 0) startupMark('first-url-out');
    return r ?? { url, verdict: { status: 'error', error: 'the image analyser gave no verdict' } };
  };
  const analyze = (urls: string[], onEach?: (r: UrlVerdict) => void): Promise<UrlVerdict[]> => {
    const first = batches++ === 0;
    if (first) startupMark('first-batch-in');
    const done = analyseEach(urls, one, onEach, CONCURRENCY);
    return first ? done.finally(() => startupMark('first-batch-out')) : done;
  };
  return {
    analyze,
    handle(raw) {
      if (isUserScrolling(raw)) return void gate.hold();
      // Bench builds only: production builds drop this branch and the hook module with it.
      if (import.meta.env.BENCH_BUILD && isTargeted(raw, 'analyser')) return import('./bench-hook').then((m) => m.handleBench(raw));
      const msg = parseOffscreenMessage(raw);
      if (!msg) return undefined;
      const { batch } = msg;
      // The first verdicts go at once, then a group at most every PUSH_WINDOW_MS; the last ones with the answer.
      const pushes = batch !== undefined && push ? new LeadingBatcher<UrlVerdict>((results) => push({ target: 'background', type: 'analysed', batch, results }), PUSH_WINDOW_MS) : undefined;
      return analyze(msg.urls, pushes && ((r) => pushes.add(r))).then((results): AnalyzeResponse => {
        pushes?.cancel();
        return { results };
      });
    },
  };
}
