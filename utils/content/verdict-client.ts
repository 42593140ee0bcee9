import type { ImageVerdict } from '../analysis/types';
import { AnalyzeResponseSchema, parseResponse, type AnalyzeRequest } from '../messages';
import type { AuthorOccurrence } from '../types';

type Send = (msg: AnalyzeRequest) => Promise<unknown>;
type Item = AnalyzeRequest['items'][number] & { resolve: (v: ImageVerdict) => void };

const BATCH = 32;
const WINDOW_MS = 40;

/** Batches avatar analysis requests from one page to the background; one promise per URL. */
export class VerdictClient {
  private readonly byUrl = new Map<string, Promise<ImageVerdict>>();
  private queue: Item[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly send: Send) {}

  /** The verdict for an avatar URL; the occurrence travels along so the background can record it. */
  verdict(url: string, occurrence: AuthorOccurrence): Promise<ImageVerdict> {
    const known = this.byUrl.get(url);
    if (known) return known;
    const p = new Promise<ImageVerdict>((resolve) => {
      this.queue.push({ url, occurrence, resolve });
      this.timer ??= setTimeout(() => void this.flush(), WINDOW_MS);
    });
    this.byUrl.set(url, p);
    // Errors are not sticky: a later sighting may succeed (network back, worker restarted).
    void p.then((v) => v.status === 'error' && this.byUrl.delete(url));
    return p;
  }

  private async flush(): Promise<void> {
    this.timer = null;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, BATCH);
      const byUrl = await this.sendWithRetry(batch);
      for (const b of batch) b.resolve(byUrl.get(b.url) ?? { status: 'error', error: 'no answer from Sockscope' });
    }
  }

  private async sendWithRetry(batch: Item[]): Promise<Map<string, ImageVerdict>> {
    const msg: AnalyzeRequest = { target: 'background', type: 'analyze', items: batch.map(({ url, occurrence }) => ({ url, occurrence })) };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const res = parseResponse(AnalyzeResponseSchema, await this.send(msg), 'analyze');
        return new Map(res.results.map((r) => [r.url, r.verdict]));
      } catch (err) {
        // The service worker may have been stopped mid-request; the first retry wakes it again.
        console.warn('[sockscope:content] analyse request failed:', String(err));
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    return new Map(batch.map((b) => [b.url, { status: 'error', error: 'Sockscope could not be reached (reload the page)' }]));
  }
}
