import type { ImageVerdict } from '../messages';
import { assessAccount } from '../../runtime/background/assess-account';
import type { AccountRecord } from '../db/records';
import type { EvidenceDb } from '../db/schema';
import type { Settings } from '../settings-schema';
import type { RiskAssessment } from '../risk/fuse';
import type { ClusterEvidence, SignalResult } from '../../signals/types';

/**
 * The fused risk of a stored account, exactly as the badge computes it: the one seam between the
 * dashboard/export and the background's assessAccount (swap here if its signature changes).
 */
export async function assessStored(
  db: EvidenceDb,
  account: AccountRecord,
  image: ImageVerdict | null,
  settings: Settings,
): Promise<RiskAssessment & { clusters: ClusterEvidence[]; account: SignalResult[] }> {
  const occ = { site: account.site, handle: account.handle, displayName: account.displayNames.at(-1) ?? null, avatarUrl: account.avatarUrls.at(-1) ?? null };
  return assessAccount(db, account.key, occ, image, settings);
}
