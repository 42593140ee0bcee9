import type { AccountEvidence } from '../core/judge';
import type { AccountKey, ClusterEvidence, SignalResult } from '../core/evidence';
import type { AuthorOccurrence } from '../core/sighting';
import { accountHeuristics } from './account-heuristics';
import { matchKnown, type KnownAccountList } from './known-accounts';

/** The sighting's fields the profile heuristics read. */
export type ProfileOccurrence = Pick<AuthorOccurrence, 'site' | 'handle' | 'displayName' | 'avatarUrl'>;

/**
 * An account's evidence for the judge from what was gathered about it (its clusters, the imported
 * lists, its own per-account signals): the profile heuristics and the list match are measured here,
 * whatever the switches say. The store (utils/db/account-evidence.ts) and `batch` both build it here.
 */
export function accountEvidenceOf(
  key: AccountKey,
  occ: ProfileOccurrence,
  clusters: readonly ClusterEvidence[],
  lists: readonly KnownAccountList[],
  signals: readonly SignalResult[] = [],
): AccountEvidence<ClusterEvidence> {
  return {
    clusters,
    profile: occ.handle ? accountHeuristics(occ.site, occ.handle, occ.displayName, occ.avatarUrl) : [],
    known: lists.length > 0 ? matchKnown(lists, key) : null,
    signals,
  };
}
