import { browser, type Browser } from 'wxt/browser';
import { loadSettings } from '../settings';
import { parseBackgroundMessage, type AnalyzeResponse, type BackgroundMessage, type TabCounts } from '../messages';
import { AnalyzeService } from './analyze-service';
import { analyzeInOffscreen } from './offscreen-client';
import { TabCounter } from './tab-counts';
import { MemoryVerdictCache, type VerdictCache } from './verdict-cache';

export interface BackgroundOptions {
  cache?: VerdictCache;
}

/** Wire the background: message routing, analysis service, tab counts. */
export function startBackground(opts: BackgroundOptions = {}): void {
  const service = new AnalyzeService({ analyze: analyzeInOffscreen, cache: opts.cache ?? new MemoryVerdictCache() });
  const counter = new TabCounter();

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own contexts may talk to us; anything unparseable is ignored, not answered.
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseBackgroundMessage(raw);
    if (!msg) return undefined;
    return handle(msg, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => counter.forget(tabId));

  async function handle(msg: BackgroundMessage, sender: Browser.runtime.MessageSender): Promise<AnalyzeResponse | TabCounts> {
    switch (msg.type) {
      case 'analyze': {
        const results = await service.analyzeAll(msg.items.map((i) => i.url));
        const tabId = sender.tab?.id;
        if (tabId !== undefined) for (const r of results) counter.record(tabId, r.url, r.verdict);
        return { results };
      }
      case 'tab-counts':
        return counter.counts(msg.tabId, await loadSettings());
    }
  }
}
