import type { ImageVerdict } from '../analysis/types';
import { accountCoordination, type CoordinationReads } from '../db/account-coordination';
import { getMeta } from '../db/meta';
import type { EvidenceDb } from '../db/schema';
import { fuseRisk, type RiskAssessment } from '../risk/fuse';
import { accountHeuristics } from '../signals/account-heuristics';
import { matchKnown, type KnownAccountList } from '../signals/known-accounts';
import type { AccountKey, ClusterEvidence } from '../signals/types';
import type { Settings } from '../settings';
import type { AuthorOccurrence } from '../types';

/** The fused risk of one account plus the clusters that link it to others (for "same text as 7 others"). */
export interface AccountAssessment extends RiskAssessment {
  accountKey: AccountKey;
  clusters: ClusterEvidence[];
}

const CLUSTER_TOGGLE = { 'copied-text': 'copiedText', 'hashtag-burst': 'hashtagBurst', 'reused-avatar': 'reusedAvatar' } as const;

/** Gather every enabled kind of evidence about an account from the store and fuse it into one risk. */
export async function assessAccount(
  db: EvidenceDb,
  key: AccountKey,
  occ: Pick<AuthorOccurrence, 'site' | 'handle' | 'displayName' | 'avatarUrl'>,
  image: ImageVerdict | null,
  settings: Settings,
  /** Reads shared with other assessments (see CoordinationReads). */
  reads?: CoordinationReads,
): Promise<AccountAssessment> {
  const on = settings.signals;
  const clusters = (await accountCoordination(db, key, undefined, reads)).filter((c) => on[CLUSTER_TOGGLE[c.signal]]);
  const profile = on.handlePattern && occ.handle ? accountHeuristics(occ.site, occ.handle, occ.displayName, occ.avatarUrl) : [];
  const stored = on.knownList ? ((await getMeta(db, 'knownAccounts')) ?? []) : [];
  const lists: KnownAccountList[] = stored.map((l) => ({ source: l.source, keys: l.keys, skipped: [] }));
  const known = lists.length > 0 ? matchKnown(lists, key) : null;
  const useImage = on.eyeGeometry || on.ganClassifier;
  const fused = fuseRisk({ image: useImage ? image : null, clusters, profile, known });
  return { ...fused, accountKey: key, clusters: clusters.filter((c) => c.fired) };
}
