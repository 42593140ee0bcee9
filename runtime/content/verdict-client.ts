import { AnalyzeResponseSchema, parseResponse, parseVerdictPush, type AnalyzeRequest, type AuthorVerdict } from '../../utils/messages';
import { clipOccurrence } from '../../core/sighting-schema';
import { PAGE_BATCHING, type BatchPolicy } from '../../utils/batch-policy';
import type { AuthorOccurrence } from '../../core/sighting';
import { plainTimers, type TimerId, type Timers } from './context-timers';

type Send = (msg: AnalyzeRequest) => Promise<unknown>;

/** Thrown by a Send when the extension itself is gone (updated, reloaded, disabled): retrying cannot help. */
export class ExtensionGoneError extends Error {
  constructor() {
    super('Sockscope was updated or turned off: reload the page to keep checking');
    this.name = 'ExtensionGoneError';
  }
}

type Item = AnalyzeRequest['items'][number] & { key: string; resolve: (v: AuthorVerdict) => void; near?: () => boolean };


/** Batches avatar analysis requests from one page to the background; one promise per avatar and author. */
export class VerdictClient {
  private readonly byKey = new Map<string, Promise<AuthorVerdict>>();
  private queue: Item[] = [];
  private timer: TimerId | null = null;
  private senders = 0;
  private sent = 0;
  /** Requests under way by id, for their per-avatar answers (VerdictPush) ahead of the whole answer. */
  private readonly open = new Map<number, Item[]>();
  private nextRequest = 0;

  constructor(
    private readonly send: Send,
    /** The content script's own timers (contextTimers); plain ones in tests. */
    private readonly timers: Timers = plainTimers,
    private readonly policy: BatchPolicy = PAGE_BATCHING,
  ) {}

  /** Whether this page still waits for verdicts (queued or sent). */
  get waiting(): boolean {
    return this.queue.length > 0 || this.senders > 0;
  }

  /**
   * Verdict and risk for an author's avatar; the occurrence travels along so the background records it.
   * `near` says whether the badge is on screen or about to be: those are sent first.
   */
  check(url: string, raw: AuthorOccurrence, near?: () => boolean): Promise<AuthorVerdict> {
    const occurrence = clipOccurrence(raw);
    // Each post is its own observation (same author, new text), so the key includes the text.
    const key = [url, occurrence.site, occurrence.handle ?? '', occurrence.kind, occurrence.text ?? ''].join('\u0000');
    const known = this.byKey.get(key);
    if (known) return known;
    const p = new Promise<AuthorVerdict>((resolve) => {
      this.queue.push({ url, occurrence, key, resolve, ...(near ? { near } : {}) });
      this.timer ??= this.timers.set(() => this.flush(), this.policy.windowMs);
    });
    this.byKey.set(key, p);
    // Errors are not sticky: a later sighting may succeed (network back, worker restarted).
    void p.then((r) => r.verdict.status === 'error' && this.byKey.delete(key));
    return p;
  }

  /**
   * A per-avatar answer the background pushed ahead of its request's whole answer: it settles that badge
   * now. Anything that is not one, or names no request under way or another URL at that place, is ignored.
   */
  receive(raw: unknown): void {
    const push = parseVerdictPush(raw);
    const batch = push && this.open.get(push.request);
    if (!push || !batch) return;
    for (const p of push.items) {
      const item = batch[p.index];
      if (item && item.url === p.url) item.resolve({ verdict: p.verdict, account: p.account });
    }
  }

  private flush(): void {
    this.timer = null;
    while (this.senders < this.policy.inFlight && this.queue.length > 0) void this.sendAll();
  }

  private async sendAll(): Promise<void> {
    this.senders++;
    try {
      while (this.queue.length > 0) {
        // The page's first request is small, so its first badges do not wait for a full batch.
        const first = this.sent++ === 0;
        const batch = this.take(first ? this.policy.firstBatch : this.policy.batch);
        const results = await this.sendWithRetry(batch, first);
        batch.forEach((b, i) => b.resolve(results[i] ?? { verdict: { status: 'error', error: 'no answer from Sockscope' }, account: null }));
      }
    } finally {
      this.senders--;
    }
  }

  /**
   * The next batch: badges near the viewport first, then the oldest. After a fast scroll the queue is mostly
   * posts already scrolled past; in arrival order, the posts the reader stopped at would be checked last.
   */
  private take(n: number): Item[] {
    const first: Item[] = [];
    const rest: Item[] = [];
    for (const item of this.queue) (first.length < n && item.near?.() ? first : rest).push(item);
    this.queue = rest;
    return [...first, ...rest.splice(0, n - first.length)];
  }

  /**
   * Results in batch order (the background answers in request order). The page's first request asks for
   * per-avatar answers too (its id), so its first badges do not wait for its slowest avatar; later, full
   * requests are answered whole, which costs the page and the browser less per avatar.
   */
  private async sendWithRetry(batch: Item[], perAvatar: boolean): Promise<AuthorVerdict[]> {
    const msg: AnalyzeRequest = { target: 'background', type: 'analyze', items: batch.map(({ url, occurrence }) => ({ url, occurrence })) };
    if (!perAvatar) return this.sendAndParse(msg, batch);
    const request = this.nextRequest++;
    msg.request = request;
    this.open.set(request, batch);
    try {
      return await this.sendAndParse(msg, batch);
    } finally {
      this.open.delete(request);
    }
  }

  private async sendAndParse(msg: AnalyzeRequest, batch: Item[]): Promise<AuthorVerdict[]> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const res = parseResponse(AnalyzeResponseSchema, await this.send(msg), 'analyze');
        return batch.map((b, i) => {
          const r = res.results[i];
          return r && r.url === b.url ? { verdict: r.verdict, account: r.account ?? null } : { verdict: { status: 'error', error: 'mismatched answer from Sockscope' }, account: null };
        });
      } catch (err) {
        if (err instanceof ExtensionGoneError) return batch.map(() => ({ verdict: { status: 'error', error: err.message }, account: null }));
        // The service worker may have been stopped mid-request; the first retry wakes it again.
        console.warn('[sockscope:content] analyse request failed:', String(err));
        await new Promise((r) => this.timers.set(() => r(undefined), 300));
      }
    }
    return batch.map(() => ({ verdict: { status: 'error', error: 'Sockscope could not be reached (reload the page)' }, account: null }));
  }
}
