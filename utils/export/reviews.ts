import type { EvidenceDb } from '../db/schema';
import { getMeta } from '../db/meta';
import type { AccountKey } from '../../core/evidence';
import { NO_REVIEW, type Review } from './types';

// Reviews live in the meta store under one key, so the idb schema (another module's) needs no new
// version. The augmentation types that key for getMeta/putMeta.
declare module '../db/records' {
  interface MetaMap {
    reviews: Record<string, Review>;
  }
}

/** All reviews, by account key. */
export async function loadReviews(db: EvidenceDb): Promise<Record<string, Review>> {
  return (await getMeta(db, 'reviews')) ?? {};
}

/** The review of one account (unreviewed when none). */
export function reviewOf(reviews: Record<string, Review>, key: AccountKey): Review {
  return reviews[key] ?? NO_REVIEW;
}

/** Stores one account's review (read-modify-write in one transaction, so two tabs can't lose each other's edits). */
export async function saveReview(db: EvidenceDb, key: AccountKey, review: Review): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const rec = await tx.store.get('reviews');
  const all = rec?.key === 'reviews' ? rec.value : {};
  await tx.store.put({ key: 'reviews', value: { ...all, [key]: review } });
  await tx.done;
}
