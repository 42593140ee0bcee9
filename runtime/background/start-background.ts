import { browser, type Browser } from 'wxt/browser';
import { openEvidenceDb } from '../../utils/db/open';
import { persistStore } from '../../utils/db/persist-store';
import type { RequestReads } from '../../utils/db/account-evidence';
import type { EvidenceDb } from '../../utils/db/schema';
import { isUserScrolling, parseBackgroundMessage, parseOffscreenMessage, type AnalyzeRequest, type AccountEvidenceView, type AnalyzeResponse, type BackgroundMessage, type TabCounts, type UrlVerdict, type VerdictPush, PUSH_WINDOW_MS } from '../../utils/messages';
import { loadSettings } from '../../utils/settings';
import { isTargeted } from '../../utils/messages/parse';
import { AnalyzeService } from './analyze-service';
import { EvidenceRecorder } from './evidence-recorder';
import { analyzeInOffscreen, ensureOffscreen, receiveAnalysed } from './offscreen-client';
import { registerContextMenu } from './context-menu';
import { registerReinjection } from './reinject';
import { TabCounter } from './tab-counts';
import { screenSightings } from './screen-sightings';
import { sameSiteView } from './same-site-view';
import { scheduleRetention } from './retention-schedule';
import { isExtensionPage, mayReadTabCounts } from '../../utils/messages/sender-rules';
import { startupMark } from '../../utils/startup-mark';
import { LeadingBatcher } from '../../utils/leading-batcher';
import { languageReady } from '../../signals/language';

/** Wire the background: message routing, evidence store, analysis service, tab counts. */
export function startBackground(): void {
  startupMark('background-start');
  const store = openStore();
  const recorder = new EvidenceRecorder(store);
  scheduleRetention(store);
  // Firefox has no offscreen documents; its background page can run the models itself. The dynamic
  // import keeps onnxruntime out of Chrome's service-worker bundle.
  const runModels = import.meta.env.FIREFOX
    ? async (urls: string[], onEach?: (r: UrlVerdict) => void) => (await import('./inline-analyser')).analyzeInline(urls, onEach)
    : analyzeInOffscreen;
  // Firefox's background page starts with the browser: its analyser (and the inference worker, which loads
  // the detector) starts with it, before the first avatar arrives. An unused worker ends after its idle time.
  if (import.meta.env.FIREFOX) void import('./inline-analyser').then((m) => m.startInlineAnalyser());
  const service = new AnalyzeService({ analyze: runModels, cache: recorder });
  // Right-clicked images are checked but not stored as evidence: they aren't sightings of an account.
  registerContextMenu({ analyze: runModels });
  registerReinjection();
  const counter = new TabCounter();

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own contexts may talk to us; anything unparseable is ignored, not answered.
    if (sender.id !== browser.runtime.id) return undefined;
    // Chrome: the offscreen document's per-URL verdicts (checked there: its sender, an open batch, one of its URLs).
    if (!import.meta.env.FIREFOX && receiveAnalysed(raw, sender)) return undefined;
    const msg = parseBackgroundMessage(raw);
    // Firefox hosts the analyser here, so the pages' scroll signals are this page's to answer (Chrome: the
    // offscreen document's). Only the scroll signal may come from a content script; the analyser's requests
    // (Chrome's offscreen-analyze) only from the extension's own pages, never from a page's renderer.
    const fromOwnPage = isExtensionPage(sender, browser.runtime.getURL('/'));
    const forAnalyser = isUserScrolling(raw) || (fromOwnPage && parseOffscreenMessage(raw) !== null) || (import.meta.env.BENCH_BUILD && isTargeted(raw, 'analyser'));
    if (!msg) return import.meta.env.FIREFOX && forAnalyser ? import('./inline-analyser').then((m) => m.handleInline(raw)) : undefined;
    return handle(msg, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => counter.forget(tabId));

  async function handle(msg: BackgroundMessage, sender: Browser.runtime.MessageSender): Promise<AnalyzeResponse | TabCounts> {
    switch (msg.type) {
      case 'analyze':
        return analyze(msg, sender);
      case 'tab-counts':
        // A content script may read its own tab's counts only; the popup any tab's.
        if (!mayReadTabCounts(msg.tabId, sender, browser.runtime.getURL('/'))) return counter.counts(-1, await loadSettings());
        return counter.counts(msg.tabId, await loadSettings());
    }
  }

  let requests = 0;
  async function analyze(msg: AnalyzeRequest, sender: Browser.runtime.MessageSender): Promise<AnalyzeResponse> {
    // Analysis (which also starts the offscreen document on first use) runs while the sightings are
    // recorded; the reply still waits for the record, so nothing is answered that was not stored.
    // analyzeAll never rejects: failures come back as error verdicts.
    // Only a content script's sightings of its own tab's site, with platform images, are recorded or
    // analysed (screen-sightings.ts); the rest are answered as couldn't-check.
    const pageUrl = isExtensionPage(sender, browser.runtime.getURL('/')) ? undefined : sender.tab?.url;
    const refusals = screenSightings(msg.items, pageUrl);
    const items = msg.items.filter((_, i) => refusals[i] === null);
    // Each analysed item's place in the request, for its per-avatar answer.
    const itemIndex = msg.items.flatMap((_, i) => (refusals[i] === null ? [i] : []));
    // Chrome: the offscreen document (and its worker, which loads the detector) starts now, while the
    // store is read for cached verdicts, not after; a failure here is met again by the analysis itself.
    const first = requests++ === 0;
    if (first) startupMark('first-request-in');
    // eld's language data (about 1 MB) loads while the first avatars are analysed, not when the first
    // account's evidence is gathered, nor at every start of the worker (signals/language-data.ts).
    if (first) void languageReady().catch((e: unknown) => console.warn('[sockscope:background] language data:', String(e)));
    if (!import.meta.env.FIREFOX && items.length > 0) {
      ensureOffscreen().then(
        () => (first ? startupMark('offscreen-ready') : undefined),
        () => undefined,
      );
    }
    const analysed = service.analyzeEach(items.map((i) => i.url));
    // Record the avatar under the URL that is analysed (X's _400x400, YouTube's =s400), so the stored
    // image hashes attach to the account and reused avatars can be matched.
    const occs = items.map((i) => ({ ...i.occurrence, avatarUrl: i.url }));
    const keys = items.length > 0 ? await recorder.record(occs, pageUrl ?? '', Date.now(), msg.load) : [];
    if (first) startupMark('first-request-recorded');
    const tabId = sender.tab?.id;
    // One gathering per account and avatar per batch: a timeline often shows one author many times. The
    // page judges the evidence (core/judge.ts) at the settings in force there, and again when they change.
    const assessed = new Map<string, Promise<AccountEvidenceView | null>>();
    // This request's sightings are all stored by now, so its assessments can share reads.
    const request: RequestReads = { keys: new Map() };
    // Each avatar is answered as soon as its verdict is stored and its account assessed, pushed to the
    // asking frame when the request has an id: an ordinary avatar's badge does not wait for the GAN faces
    // of its request. The whole answer below still carries every item.
    const push = pushTo(sender, msg.request);
    const results = await Promise.all(
      analysed.map(async (pending, i) => {
        const verdict = await pending;
        const url = items[i]!.url;
        if (tabId !== undefined) counter.record(tabId, url, verdict);
        const key = keys[i];
        const occ = occs[i];
        let account: AccountEvidenceView | null = null;
        if (key && occ) {
          const id = `${key}\u0000${url}`;
          // The page sees its own site's accounts only (same-site-view.ts); the dashboard sees all.
          if (!assessed.has(id)) assessed.set(id, recorder.evidence(key, occ, verdict, request).then((v) => v && sameSiteView(v, occ.site)));
          account = await assessed.get(id)!;
        }
        const result = { url, verdict, account };
        push?.add({ index: itemIndex[i]!, ...result });
        return result;
      }),
    );
    // What is still queued goes with the whole answer.
    push?.cancel();
    if (first) startupMark('first-request-out');
    // Answers in request order, the refused ones included.
    let next = 0;
    return { results: msg.items.map((item, i) => (refusals[i] === null ? results[next++]! : { url: item.url, verdict: { status: 'error' as const, error: refusals[i]! }, account: null })) };
  }
}

let pushed = 0;

/**
 * Sends items' answers to the frame that asked (VerdictPush), when the request has an id and came from a
 * tab's content script; undefined otherwise (extension pages take the whole answer). The first goes at
 * once, then a group at most every PUSH_WINDOW_MS. A push that fails (the tab navigated) is dropped: the
 * whole answer, or its absence, says the rest.
 */
function pushTo(sender: Browser.runtime.MessageSender, request: number | undefined): LeadingBatcher<VerdictPush['items'][number]> | undefined {
  const tabId = sender.tab?.id;
  if (request === undefined || tabId === undefined || isExtensionPage(sender, browser.runtime.getURL('/'))) return undefined;
  const options = sender.frameId !== undefined ? { frameId: sender.frameId } : {};
  return new LeadingBatcher((items) => {
    const msg: VerdictPush = { target: 'content', type: 'verdict', request, items };
    if (pushed++ === 0) startupMark('first-verdict-pushed');
    void browser.tabs.sendMessage(tabId, msg, options).catch(() => undefined);
  }, PUSH_WINDOW_MS);
}

/** The evidence store, or null (with a logged reason) when IndexedDB is unavailable: badges still work. */
async function openStore(): Promise<EvidenceDb | null> {
  try {
    // Not awaited: the answer changes nothing here, and Firefox gives it without a prompt.
    void persistStore();
    return await openEvidenceDb();
  } catch (e) {
    console.error('[sockscope:background] evidence store unavailable:', String(e));
    return null;
  }
}
