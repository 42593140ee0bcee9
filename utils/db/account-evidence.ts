import type { ImageVerdict } from '../../core/verdict';
import type { AccountEvidence } from '../../core/judge';
import { accountCoordination, type CoordinationReads, type IndexLookups } from './account-coordination';
import type { ObservationCache } from './observation-cache';
import { getMeta } from './meta';
import type { MetaMap } from './records';
import type { EvidenceDb } from './schema';
import type { KnownAccountList } from '../../signals/known-accounts';
import { accountEvidenceOf, type ProfileOccurrence } from '../../signals/account-evidence';
import type { AccountKey, ClusterEvidence } from '../../core/evidence';
import { accountSignals, type AccountSignalReads } from './account-signals';

type StoredLists = MetaMap['knownAccounts'];

/**
 * Reads the assessments of ONE request share: its sightings are all stored before they start, so the
 * same index key or the same imported lists need reading only once (the background makes one per request).
 */
export interface RequestReads {
  keys: IndexLookups;
  knownLists?: Promise<StoredLists>;
  account?: AccountSignalReads;
}

/**
 * Gather every kind of evidence the store holds about an account, for the judge (core/judge.ts): its
 * clusters, its match in the imported lists, its profile heuristics and its per-account signals.
 */
export async function gatherAccountEvidence(
  db: EvidenceDb,
  key: AccountKey,
  occ: ProfileOccurrence,
  image: ImageVerdict | null,
  /** Reads shared with other assessments: posts for the worker's life, the rest for one request. */
  reads?: { posts: ObservationCache; request: RequestReads },
): Promise<AccountEvidence<ClusterEvidence>> {
  const shared: CoordinationReads | undefined = reads && { posts: reads.posts, keys: reads.request.keys };
  const clusters = await accountCoordination(db, key, undefined, shared);
  const read = reads?.request.knownLists ?? getMeta(db, 'knownAccounts').then((l) => l ?? []);
  if (reads) reads.request.knownLists = read;
  const lists: KnownAccountList[] = (await read).map((l) => ({ source: l.source, keys: l.keys, skipped: [] }));
  if (reads) reads.request.account ??= {};
  const signals = await accountSignals(db, key, image, reads?.request.account);
  return accountEvidenceOf(key, occ, clusters, lists, signals);
}
