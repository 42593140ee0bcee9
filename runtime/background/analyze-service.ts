import type { ImageVerdict } from '../../core/verdict';
import type { UrlVerdict } from '../../utils/messages';
import { ANALYSER_BATCHING, type BatchPolicy } from '../../utils/batch-policy';
import type { VerdictCache } from './verdict-cache';
import { VerdictWriter } from './verdict-writer';

export interface AnalyzeServiceDeps {
  /**
   * Runs the models on a batch of URLs (the offscreen document in Chrome); `onEach` hears of each URL's
   * verdict as soon as it is done, before the batch's answer (which carries them all).
   */
  analyze(urls: string[], onEach?: (r: UrlVerdict) => void): Promise<UrlVerdict[]>;
  /** Durable results; errors are kept only in `transient`. */
  cache: VerdictCache;
  /** How URLs are batched to the analyser (default ANALYSER_BATCHING). */
  policy?: BatchPolicy;
}

/** Dedups, caches and batches avatar analysis requests coming from every tab. */
export class AnalyzeService {
  private readonly inflight = new Map<string, Promise<ImageVerdict>>();
  // Failures (404, timeouts) may be transient, so they are remembered for this worker's life only.
  private readonly transient = new Map<string, ImageVerdict>();
  private pending: { url: string; resolve: (v: ImageVerdict) => void }[] = [];
  private flushScheduled = false;
  /** Analyse calls now running. */
  private calls = 0;

  private readonly policy: BatchPolicy;
  private readonly writer: VerdictWriter;

  constructor(private readonly deps: AnalyzeServiceDeps) {
    this.policy = deps.policy ?? ANALYSER_BATCHING;
    this.writer = new VerdictWriter(deps.cache);
  }

  /** Verdicts for these URLs, in the same order. Never rejects: failures become error verdicts. */
  async analyzeAll(urls: string[]): Promise<UrlVerdict[]> {
    const each = this.analyzeEach(urls);
    return Promise.all(urls.map(async (url, i) => ({ url, verdict: await each[i]! })));
  }

  /**
   * A verdict for each of these URLs, in the same order, each settling on its own: as soon as that avatar
   * is analysed and stored, whatever the rest of its batch does. None rejects.
   */
  analyzeEach(urls: string[]): Array<Promise<ImageVerdict>> {
    // One store read for every URL of the call that is neither in flight nor a known failure.
    const unknown = [...new Set(urls)].filter((u) => !this.inflight.has(u) && !this.transient.has(u));
    const stored = unknown.length === 0 ? Promise.resolve(new Map<string, ImageVerdict>()) : this.lookup(unknown);
    for (const url of new Set(urls)) {
      if (this.inflight.has(url)) continue;
      const p = this.resolveOne(url, stored).finally(() => this.inflight.delete(url));
      this.inflight.set(url, p);
    }
    return urls.map((u) => this.inflight.get(u)!);
  }

  private async lookup(urls: string[]): Promise<Map<string, ImageVerdict>> {
    const found = await this.deps.cache.getMany(urls).catch(() => []);
    return new Map(urls.flatMap((u, i) => (found[i] ? [[u, found[i]] as const] : [])));
  }

  private async resolveOne(url: string, stored: Promise<Map<string, ImageVerdict>>): Promise<ImageVerdict> {
    const t = this.transient.get(url);
    if (t) return t;
    const cached = (await stored).get(url);
    if (cached) return cached;
    return new Promise<ImageVerdict>((resolve) => {
      this.pending.push({ url, resolve });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // A short window lets one scroll's worth of avatars travel in a single message.
    setTimeout(() => {
      this.flushScheduled = false;
      this.flush();
    }, this.policy.windowMs);
  }

  /**
   * Keep up to `inFlight` batches at the analyser. With one, it idled while each batch's verdicts were
   * stored and the next batch travelled; with two, it fetches and decodes the next batch while the
   * inference worker finishes the last one.
   */
  private flush(): void {
    while (this.pending.length > 0 && this.calls < this.policy.inFlight) {
      // An idle analyser gets a few URLs first (on a cold start, badges appear ~0.3 s sooner); after that,
      // or while it is busy, full batches keep it fed.
      const idle = this.calls === 0;
      const size = idle ? this.policy.firstBatch : this.policy.batch;
      const batch = this.pending.splice(0, size);
      this.calls++;
      void this.runBatch(batch, idle).finally(() => {
        this.calls--;
        this.flush();
      });
    }
  }

  /**
   * Run one batch. A batch to an idle analyser (the cold start, the first avatars after a pause) is answered
   * URL by URL as each is done; a busy analyser's full batches are answered whole, which costs a third less
   * CPU per avatar than per-URL answers on the 500-post page (2026-12-08, docs/performance-history.md).
   */
  private async runBatch(batch: { url: string; resolve: (v: ImageVerdict) => void }[], perUrl: boolean): Promise<void> {
    const waiting = new Map(batch.map((b) => [b.url, b.resolve]));
    // Each verdict is stored before anyone hears of it, so assessments find its hashes. Verdicts that come
    // together (the batch's answer) share one write transaction; one that comes alone is written alone.
    const settle = (entries: Array<readonly [string, ImageVerdict]>): Promise<void> => {
      const mine = entries.filter(([url]) => waiting.has(url));
      const resolves = mine.map(([url]) => waiting.get(url)!);
      for (const [url] of mine) waiting.delete(url);
      const durable = mine.filter(([url, v]) => (v.status === 'error' ? (this.transient.set(url, v), false) : true));
      return this.writer.put(durable).then(() => mine.forEach(([, v], i) => resolves[i]!(v)));
    };
    const early: Array<Promise<void>> = [];
    let results: UrlVerdict[] = [];
    try {
      results = await this.deps.analyze(
        batch.map((b) => b.url),
        perUrl ? (r) => void early.push(settle([[r.url, r.verdict]])) : undefined,
      );
    } catch (err) {
      console.error('[sockscope:background] analysis failed:', String(err));
    }
    const byUrl = new Map(results.map((r) => [r.url, r.verdict]));
    const rest = [...waiting.keys()].map((url): [string, ImageVerdict] => [url, byUrl.get(url) ?? { status: 'error', error: 'the image analyser did not answer' }]);
    await Promise.all([...early, settle(rest)]);
  }
}
