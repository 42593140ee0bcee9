import { loadReviews } from '../export/reviews';
import { pruneOlderThan } from './prune';
import type { EvidenceDb } from './schema';

/** The accounts a reviewer chose to keep past the retention period (reviewed ones only). */
export async function keptAccounts(db: EvidenceDb): Promise<Set<string>> {
  const reviews = await loadReviews(db);
  return new Set(Object.entries(reviews).filter(([, r]) => r.keep === true && r.status !== 'unreviewed').map(([key]) => key));
}

/**
 * Applies the retention period: evidence last seen more than `days` ago goes, except the kept accounts'.
 * Never throws: a failure is logged and the next run tries again.
 */
export async function applyRetention(db: EvidenceDb, days: number, now = Date.now()): Promise<{ observations: number; accounts: number; images: number } | null> {
  try {
    return await pruneOlderThan(db, days, now, await keptAccounts(db));
  } catch (e) {
    console.error('[sockscope:retention] pruning failed:', String(e));
    return null;
  }
}
