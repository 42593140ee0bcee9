import { browser } from 'wxt/browser';
import { AnalyzeResponseSchema, parseAnalysedPush, parseResponse, type OffscreenAnalyze, type UrlVerdict } from '../../utils/messages';
import { isOffscreenDocument, type SenderInfo } from '../../utils/messages/sender-rules';

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

/** Batches at the offscreen document whose per-URL verdicts are awaited: their URLs and who hears of them. */
const open = new Map<number, { urls: Set<string>; onEach: (r: UrlVerdict) => void }>();
let nextBatch = 0;

/**
 * Ask the offscreen document to analyse image URLs; recreates it and retries once if it went away.
 * `onEach` hears of each URL's verdict as soon as the document has it, before the batch's answer.
 */
export async function analyzeInOffscreen(urls: string[], onEach?: (r: UrlVerdict) => void): Promise<UrlVerdict[]> {
  const batch = onEach ? nextBatch++ : undefined;
  if (batch !== undefined && onEach) open.set(batch, { urls: new Set(urls), onEach });
  const msg: OffscreenAnalyze = { target: 'offscreen', type: 'offscreen-analyze', urls, ...(batch !== undefined ? { batch } : {}) };
  try {
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
  } finally {
    if (batch !== undefined) open.delete(batch);
  }
}

/**
 * Per-URL verdicts pushed by the offscreen document (AnalysedPush): handed to their batch's listener when
 * they come from the offscreen document, for a batch still open, each URL one of that batch's; else ignored.
 * Returns whether any was taken.
 */
export function receiveAnalysed(raw: unknown, sender: SenderInfo): boolean {
  if (!isOffscreenDocument(sender, chrome.runtime.getURL(OFFSCREEN_PATH))) return false;
  const push = parseAnalysedPush(raw);
  const batch = push && open.get(push.batch);
  if (!push || !batch) return false;
  const mine = push.results.filter((r) => batch.urls.has(r.url));
  for (const r of mine) batch.onEach(r);
  return mine.length > 0;
}
