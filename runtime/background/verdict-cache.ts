import * as v from 'valibot';
import { MODEL_VERSION } from '../../analysis/model-version';
import { VerdictSchema, type ImageVerdict } from '../../core/verdict';

/** Where analysed avatars are remembered, so each is analysed once across tabs and restarts. */
export interface VerdictCache {
  /** Stored verdicts for these URLs, in order (one read transaction in the store). */
  getMany(urls: readonly string[]): Promise<Array<ImageVerdict | undefined>>;
  /** A batch at once (one write transaction in the store). */
  putMany(entries: ReadonlyArray<readonly [string, ImageVerdict]>): Promise<void>;
}

/** A bounded in-memory cache (insertion-order eviction); the fallback when IndexedDB is unavailable. */
export class MemoryVerdictCache implements VerdictCache {
  private readonly map = new Map<string, ImageVerdict>();
  constructor(private readonly max = 5_000) {}

  async get(url: string): Promise<ImageVerdict | undefined> {
    return this.map.get(url);
  }

  async getMany(urls: readonly string[]): Promise<Array<ImageVerdict | undefined>> {
    return urls.map((u) => this.map.get(u));
  }

  async put(url: string, verdict: ImageVerdict): Promise<void> {
    this.map.delete(url);
    this.map.set(url, verdict);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }

  async putMany(entries: ReadonlyArray<readonly [string, ImageVerdict]>): Promise<void> {
    for (const [url, verdict] of entries) await this.put(url, verdict);
  }
}

/**
 * A stored verdict still stands when the release that made it is the current one (and it has today's
 * shape); one from an older release is analysed again, since its figures mean something else now.
 */
export function isCurrentVerdict(verdict: unknown): verdict is ImageVerdict {
  if (!v.is(VerdictSchema, verdict)) return false;
  return verdict.status === 'error' || verdict.modelVersion === MODEL_VERSION;
}
