import type { ImageVerdict } from '../../utils/messages';
import { hasKnownContent, knownContentFor } from '../../utils/db/known-content';
import type { ObservationRecord } from '../../utils/db/records';
import type { EvidenceDb } from '../../utils/db/schema';
import type { Settings } from '../../utils/settings';
import { nonPhotoAvatar } from '../../signals/non-photo-avatar';
import { assessRepurposed } from '../../signals/repurposed';
import type { AccountKey, SignalResult } from '../../signals/types';
import type { Site } from '../../utils/types';

const PLATFORM: Record<Site, string> = { x: 'X', youtube: 'YouTube', facebook: 'Facebook' };

/** Reads shared by one request's assessments: whether any archive was imported. */
export interface AccountSignalReads {
  knownContent?: Promise<boolean>;
}

/** The per-account signals (repurposed, known-content, non-photo-avatar) that the user has on. */
export async function accountSignals(db: EvidenceDb, key: AccountKey, image: ImageVerdict | null, on: Settings['signals'], reads: AccountSignalReads = {}): Promise<SignalResult[]> {
  const out: SignalResult[] = [];
  if (on.nonPhotoAvatar) {
    const r = nonPhotoAvatar(image);
    if (r) out.push(r);
  }
  if (!on.repurposed && !on.knownContent) return out;
  const [record, own] = await Promise.all([db.get('accounts', key), db.getAllFromIndex('observations', 'byAccount', key)]);
  if (on.repurposed && record) {
    // A bio is not a post: profile headers and user cells carry it as their text.
    const posts = own.filter((o: ObservationRecord) => o.kind !== 'profile' && o.kind !== 'user-cell');
    out.push(assessRepurposed({ platform: PLATFORM[record.site], history: record.history ?? [], joined: record.joined ?? null, posts }));
  }
  if (on.knownContent) {
    reads.knownContent ??= hasKnownContent(db);
    if (await reads.knownContent) out.push(await knownContentFor(db, own, record));
  }
  return out;
}
