import type { ImageVerdict } from '../../core/verdict';
import { hasKnownContent, knownContentFor } from './known-content';
import type { ObservationRecord } from './records';
import type { EvidenceDb } from './schema';
import { nonPhotoAvatar } from '../../signals/non-photo-avatar';
import { assessRepurposed } from '../../signals/repurposed';
import { languageReady } from '../../signals/language';
import type { AccountKey, SignalResult } from '../../core/evidence';
import { siteLabel } from '../../sites/registry';

/** Reads shared by one request's assessments: whether any archive was imported. */
export interface AccountSignalReads {
  knownContent?: Promise<boolean>;
}

/**
 * The per-account signals (repurposed, known-content, non-photo-avatar), each measured whatever the
 * switches say: the judge leaves out what the user has off, and can count it again the moment it is on.
 */
export async function accountSignals(db: EvidenceDb, key: AccountKey, image: ImageVerdict | null, reads: AccountSignalReads = {}): Promise<SignalResult[]> {
  const out: SignalResult[] = [];
  const nonPhoto = nonPhotoAvatar(image);
  if (nonPhoto) out.push(nonPhoto);
  const [record, own] = await Promise.all([db.get('accounts', key), db.getAllFromIndex('observations', 'byAccount', key)]);
  if (record) {
    // A bio is not a post: profile headers and user cells carry it as their text.
    const posts = own.filter((o: ObservationRecord) => o.kind !== 'profile' && o.kind !== 'user-cell');
    // Its language switch needs eld's data, loaded on first need (signals/language-data.ts).
    await languageReady();
    out.push(assessRepurposed({ platform: siteLabel(record.site), history: record.history ?? [], joined: record.joined ?? null, posts }));
  }
  reads.knownContent ??= hasKnownContent(db);
  if (await reads.knownContent) out.push(await knownContentFor(db, own, record));
  return out;
}
