import type { ImageVerdict } from '../../utils/messages';
import { accountCoordination, type CoordinationReads, type IndexLookups } from '../../utils/db/account-coordination';
import type { ObservationCache } from '../../utils/db/observation-cache';
import { getMeta } from '../../utils/db/meta';
import type { MetaMap } from '../../utils/db/records';
import type { EvidenceDb } from '../../utils/db/schema';
import { fuseRisk, type RiskAssessment } from '../../utils/risk/fuse';
import { accountHeuristics } from '../../signals/account-heuristics';
import { matchKnown, type KnownAccountList } from '../../signals/known-accounts';
import type { AccountKey, ClusterEvidence, SignalResult } from '../../signals/types';
import type { Settings } from '../../utils/settings';
import { accountSignals, type AccountSignalReads } from './account-signals';
import type { AuthorOccurrence } from '../../utils/types';

/** The fused risk of one account plus the clusters that link it to others (for "same text as 7 others"). */
export interface AccountAssessment extends RiskAssessment {
  accountKey: AccountKey;
  clusters: ClusterEvidence[];
  /** Per-account signals as measured (fired or not), for the export's score columns. */
  account: SignalResult[];
}

const CLUSTER_TOGGLE = { 'copied-text': 'copiedText', 'hashtag-burst': 'hashtagBurst', 'reused-avatar': 'reusedAvatar', 'cross-platform': 'crossPlatform' } as const;

type StoredLists = MetaMap['knownAccounts'];

/**
 * Reads the assessments of ONE request share: its sightings are all stored before they start, so the
 * same index key or the same imported lists need reading only once (start-background makes one per request).
 */
export interface RequestReads {
  keys: IndexLookups;
  knownLists?: Promise<StoredLists>;
  account?: AccountSignalReads;
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
  if (reads) reads.request.account ??= {};
  const account = await accountSignals(db, key, image, on, reads?.request.account);
  return fuseGathered(key, occ, image, clusters, lists, settings, account);
}

/**
 * The fusion half of assessAccount, over evidence already gathered (its clusters, the known lists, the
 * account's own signals): the batch command gathers the same evidence for a whole archive at once and
 * fuses each account here.
 */
export function fuseGathered(
  key: AccountKey,
  occ: Pick<AuthorOccurrence, 'site' | 'handle' | 'displayName' | 'avatarUrl'>,
  image: ImageVerdict | null,
  allClusters: readonly ClusterEvidence[],
  lists: readonly KnownAccountList[],
  settings: Settings,
  account: readonly SignalResult[] = [],
): AccountAssessment {
  const on = settings.signals;
  const clusters = allClusters.filter((c) => on[CLUSTER_TOGGLE[c.signal]]);
  const profile = on.handlePattern && occ.handle ? accountHeuristics(occ.site, occ.handle, occ.displayName, occ.avatarUrl) : [];
  const known = on.knownList && lists.length > 0 ? matchKnown(lists, key) : null;
  const fused = fuseRisk({ image, imagePolicy: { threshold: settings.sensitivity, signals: on }, clusters, profile, known, account });
  return { ...fused, accountKey: key, clusters: clusters.filter((c) => c.fired), account: [...account] };
}
