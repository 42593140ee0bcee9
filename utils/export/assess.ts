import type { ImageVerdict } from '../../core/verdict';
import { gatherAccountEvidence } from '../db/account-evidence';
import type { AccountRecord } from '../db/records';
import type { EvidenceDb } from '../db/schema';
import type { Settings } from '../settings-schema';
import { judge } from '../../core/judge';
import { judgedColumns, type JudgedAccount } from './judged-columns';

/**
 * A stored account judged exactly as its badge is: the store's evidence (utils/db/account-evidence.ts)
 * through the one judge (core/judge.ts) at the user's settings.
 */
export async function assessStored(db: EvidenceDb, account: AccountRecord, image: ImageVerdict | null, settings: Settings): Promise<JudgedAccount> {
  const occ = { site: account.site, handle: account.handle, displayName: account.displayNames.at(-1) ?? null, avatarUrl: account.avatarUrls.at(-1) ?? null };
  const evidence = await gatherAccountEvidence(db, account.key, occ, image);
  return judgedColumns(image, judge({ image, account: evidence }, settings));
}
