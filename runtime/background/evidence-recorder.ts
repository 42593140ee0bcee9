import type { AccountEvidenceView, ClusterView } from '../../utils/messages';
import { getImageResults, putImageResults } from '../../utils/db/image-results';
import type { ImageVerdict } from '../../core/verdict';
import { recordObservations } from '../../utils/db/record-observation';
import { ObservationCache } from '../../utils/db/observation-cache';
import type { EvidenceDb } from '../../utils/db/schema';
import { accountKey } from '../../signals/account-key';
import type { AuthorOccurrence } from '../../core/sighting';
import { gatherAccountEvidence, type RequestReads } from '../../utils/db/account-evidence';
import type { AccountEvidence } from '../../core/judge';
import type { AccountKey, ClusterEvidence, SignalResult } from '../../core/evidence';
import { isCurrentVerdict, MemoryVerdictCache, type VerdictCache } from './verdict-cache';

// Re-sightings in one worker's life (scrolling back, other tabs) are not new observations.
const MAX_RECENT = 20_000;

/** Writes sightings and verdicts to the evidence store and assesses accounts; degrades to no-ops without a store. */
export class EvidenceRecorder implements VerdictCache {
  private readonly recent = new Set<string>();
  // Without a store (IndexedDB blocked or broken), verdicts are still remembered for this worker's life.
  private readonly fallback = new MemoryVerdictCache();
  // Posts read while assessing, shared across assessments: a campaign's accounts all find the same ones.
  private readonly observations = new ObservationCache();

  constructor(private readonly db: Promise<EvidenceDb | null>) {}

  /** Record each sighting before any analysis, so a killed worker loses nothing; returns account keys. */
  async record(occs: AuthorOccurrence[], pageUrl: string, now = Date.now(), load?: string): Promise<(AccountKey | null)[]> {
    const db = await this.db;
    const keys = occs.map((occ) => (occ.handle ? accountKey(occ.site, occ.handle) : null));
    const fresh = new Map<string, AuthorOccurrence>();
    occs.forEach((occ, i) => {
      const key = keys[i];
      if (!key) return;
      const seen = [key, occ.kind, occ.time ?? '', (occ.text ?? '').slice(0, 300), pageUrl].join('\u0000');
      if (!this.recent.has(seen) && !fresh.has(seen)) fresh.set(seen, occ);
    });
    if (!db || fresh.size === 0) return keys;
    // One transaction for the batch: one commit instead of one per post.
    const r = await recordObservations(db, [...fresh.values()], pageUrl, now, load);
    if (!r.ok) console.error(r.message);
    else for (const seen of fresh.keys()) this.remember(seen);
    return keys;
  }

  /**
   * What the store knows of one account, for its badge to be judged on; null when the store is unavailable.
   * `request`: reads shared by the assessments of one request (see RequestReads).
   */
  async evidence(key: AccountKey, occ: AuthorOccurrence, verdict: ImageVerdict | null, request: RequestReads = { keys: new Map() }): Promise<AccountEvidenceView | null> {
    const db = await this.db;
    if (!db) return null;
    try {
      const a = await gatherAccountEvidence(db, key, occ, verdict, { posts: this.observations, request });
      const fired = a.clusters.filter((c) => c.fired).slice(0, 8);
      const linked = [...new Set(fired.flatMap((c) => c.accounts.slice(0, 50)))];
      if (linked.length === 0) return toEvidenceView(a);
      const store = db.transaction('accounts').store;
      const urls = new Map(await Promise.all(linked.map(async (k) => [k, (await store.get(k))?.profileUrl ?? null] as const)));
      return toEvidenceView(a, (k) => urls.get(k) ?? null);
    } catch (e) {
      console.error('[sockscope:background] assessment failed:', String(e));
      return null;
    }
  }

  /** VerdictCache: an avatar analysed once is remembered across tabs and restarts. */
  async getMany(urls: readonly string[]): Promise<Array<ImageVerdict | undefined>> {
    const db = await this.db;
    if (!db) return this.fallback.getMany(urls);
    return (await getImageResults(db, urls)).map((r) => (r && isCurrentVerdict(r.verdict) ? r.verdict : undefined));
  }

  /** VerdictCache: store verdicts (and their hashes, for avatar-reuse lookups), a batch per transaction. */
  async putMany(entries: ReadonlyArray<readonly [string, ImageVerdict]>): Promise<void> {
    const db = await this.db;
    if (!db) return this.fallback.putMany(entries);
    const now = Date.now();
    const r = await putImageResults(db, entries.map(([url, verdict]) => [url, { verdict, analysedAt: now }] as const));
    if (!r.ok) console.error(r.message);
  }

  private remember(k: string): void {
    if (this.recent.size >= MAX_RECENT) this.recent.clear();
    this.recent.add(k);
  }
}

/**
 * The part of an account's evidence a badge is judged on, bounded to what the message schema allows: a
 * cluster counts only when fired, so only fired ones travel.
 */
export function toEvidenceView(a: AccountEvidence<ClusterEvidence>, profileUrl: (key: AccountKey) => string | null = () => null): AccountEvidenceView {
  const finding = (r: SignalResult): SignalResult => ({ signal: r.signal, score: r.score, threshold: r.threshold, fired: r.fired, reason: r.reason.slice(0, 1_000), ...(r.msg ? { msg: r.msg } : {}) });
  const cluster = (c: ClusterEvidence): ClusterView => ({
    ...finding(c),
    signal: c.signal,
    count: c.count,
    ...(c.onePageLoad ? { onePageLoad: true } : {}),
    accounts: c.accounts.slice(0, 50).map((key) => ({ key, profileUrl: httpsOrNull(profileUrl(key)) })),
  });
  return {
    clusters: a.clusters.filter((c) => c.fired).slice(0, 8).map(cluster),
    profile: a.profile.slice(0, 8).map(finding),
    known: a.known && finding(a.known),
    signals: a.signals.slice(0, 8).map(finding),
  };
}

function httpsOrNull(url: string | null): string | null {
  return url && /^https:\/\//i.test(url) && url.length <= 4_096 ? url : null;
}
