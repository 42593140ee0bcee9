import type { ImageVerdict } from '../../utils/messages';
import { accountCoordination, type CoordinationReads, type IndexLookups } from '../../utils/db/account-coordination';
import type { ObservationCache } from '../../utils/db/observation-cache';
import { getMeta } from '../../utils/db/meta';
import type { MetaMap } from '../../utils/db/records';
import type { EvidenceDb } from '../../utils/db/schema';
import { fuseRisk, type RiskAssessment } from '../../utils/risk/fuse';
import { accountHeuristics } from '../../signals/account-heuristics';
import { matchKnown, type KnownAccountList } from '../../signals/known-accounts';
import type { AccountKey, ClusterEvidence } from '../../signals/types';
import type { Settings } from '../../utils/settings';
import type { AuthorOccurrence } from '../../utils/types';

/** The fused risk of one account plus the clusters that link it to others (for "same text as 7 others"). */
export interface AccountAssessment extends RiskAssessment {
  accountKey: AccountKey;
  clusters: ClusterEvidence[];
}

const CLUSTER_TOGGLE = { 'copied-text': 'copiedText', 'hashtag-burst': 'hashtagBurst', 'reused-avatar': 'reusedAvatar' } as const;

type StoredLists = MetaMap['knownAccounts'];

/**
 * Reads the assessments of ONE request share: its sightings are all stored before they start, so the
 * same index key or the same imported lists need reading only once (start-background makes one per request).
 */
export interface RequestReads {
  keys: IndexLookups;
  knownLists?: Promise<StoredLists>;
}

/** Gather every enabled kind of evidence about an account from the store and fuse it into one risk. */
export async function assessAccount(
  db: EvidenceDb,
  key: AccountKey,
  occ: Pick<AuthorOccurrence, 'site' | 'handle' | 'displayName' | 'avatarUrl'>,
  image: ImageVerdict | null,
  settings: Settings,
  /** Reads shared with other assessments: posts for the worker's life, the rest for one request. */
  reads?: { posts: ObservationCache; request: RequestReads },
): Promise<AccountAssessment> {
  const on = settings.signals;
  const shared: CoordinationReads | undefined = reads && { posts: reads.posts, keys: reads.request.keys };
  const clusters = await accountCoordination(db, key, undefined, shared);
  let stored: StoredLists = [];
  if (on.knownList) {
    const read = reads?.request.knownLists ?? getMeta(db, 'knownAccounts').then((l) => l ?? []);
    if (reads) reads.request.knownLists = read;
    stored = await read;
  }
  const lists: KnownAccountList[] = stored.map((l) => ({ source: l.source, keys: l.keys, skipped: [] }));
  return fuseGathered(key, occ, image, clusters, lists, settings);
}

/**
 * The fusion half of assessAccount, over evidence already gathered (its clusters, the known lists): the
 * batch command gathers the same evidence for a whole archive at once and fuses each account here.
 */
export function fuseGathered(
  key: AccountKey,
  occ: Pick<AuthorOccurrence, 'site' | 'handle' | 'displayName' | 'avatarUrl'>,
  image: ImageVerdict | null,
  allClusters: readonly ClusterEvidence[],
  lists: readonly KnownAccountList[],
  settings: Settings,
): AccountAssessment {
  const on = settings.signals;
  const clusters = allClusters.filter((c) => on[CLUSTER_TOGGLE[c.signal]]);
  const profile = on.handlePattern && occ.handle ? accountHeuristics(occ.site, occ.handle, occ.displayName, occ.avatarUrl) : [];
  const known = on.knownList && lists.length > 0 ? matchKnown(lists, key) : null;
  const useImage = on.eyeGeometry || on.ganClassifier;
  const fused = fuseRisk({ image: useImage ? image : null, clusters, profile, known });
  return { ...fused, accountKey: key, clusters: clusters.filter((c) => c.fired) };
}
