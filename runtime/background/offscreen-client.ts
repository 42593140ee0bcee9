import { browser } from 'wxt/browser';
import { AnalyzeResponseSchema, parseResponse, type OffscreenAnalyze, type UrlVerdict } from '../../utils/messages';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

/** Create the offscreen document unless it exists; concurrent callers share one check-and-create. */
export function ensureOffscreen(): Promise<void> {
  // Only one offscreen document may exist, so the existence check and the creation must not interleave
  // with another caller's: a second createDocument in between would throw.
  creating ??= (async () => {
    const url = chrome.runtime.getURL(OFFSCREEN_PATH);
    const existing = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [url] });
    if (existing.length > 0) return;
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.WORKERS],
      justification: 'Runs the on-device face and GAN-face models (onnxruntime-web, WebAssembly) on avatar images.',
    });
  })().finally(() => {
    creating = null;
  });
  return creating;
}

/** Ask the offscreen document to analyse image URLs; recreates it and retries once if it went away. */
export async function analyzeInOffscreen(urls: string[]): Promise<UrlVerdict[]> {
  const msg: OffscreenAnalyze = { target: 'offscreen', type: 'offscreen-analyze', urls };
  for (let attempt = 0; ; attempt++) {
    try {
      await ensureOffscreen();
      const raw: unknown = await browser.runtime.sendMessage(msg);
      return parseResponse(AnalyzeResponseSchema, raw, 'offscreen').results;
    } catch (err) {
      // A closed or crashed offscreen document shows up as "Receiving end does not exist".
      if (attempt >= 1) throw err;
      console.warn('[sockscope:background] offscreen request failed, retrying once:', String(err));
    }
  }
}
