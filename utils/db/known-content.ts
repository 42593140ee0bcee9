import { matchKnownContent, type KnownMatch } from '../../signals/known-content';
import type { SignalResult } from '../../core/evidence';
import { getMeta } from './meta';
import type { AccountRecord, KnownTweetRecord, ObservationRecord } from './records';
import type { EvidenceDb } from './schema';

/** Archive rows read per lookup key: a template tweeted 10,000 times needs only a few rows to cite. */
const MAX_ROWS_PER_KEY = 50;

/** True when anything was imported for the known-content signal (so assessments can skip the reads). */
export async function hasKnownContent(db: EvidenceDb): Promise<boolean> {
  const meta = db.transaction('meta').store;
  const [archives, avatars] = await Promise.all([meta.get('knownArchives'), meta.get('knownAvatars')]);
  const size = (r: typeof archives): number => (r && Array.isArray(r.value) ? r.value.length : 0);
  return size(archives) > 0 || size(avatars) > 0;
}

/**
 * The known-content signal of one account: its posts' LSH keys (day dropped) and tag sets looked up in
 * the imported archive tweets, its avatars' hashes compared with the archive's pictures.
 */
export async function knownContentFor(db: EvidenceDb, own: readonly ObservationRecord[], account: AccountRecord | undefined): Promise<SignalResult & { matches: KnownMatch[] }> {
  const tx = db.transaction('knownTweets');
  const lsh = tx.store.index('byLsh');
  const tags = tx.store.index('byTagsKey');
  const keys = new Set<string>();
  for (const o of own) for (const k of o.lshKeys) keys.add(k.slice(k.indexOf('|') + 1));
  const sets = new Set(own.flatMap((o) => (o.tagsKey ? [o.tagsKey] : [])));
  const found = await Promise.all([...[...keys].map((k) => lsh.getAll(k, MAX_ROWS_PER_KEY)), ...[...sets].map((k) => tags.getAll(k, MAX_ROWS_PER_KEY))]);
  await tx.done;
  const byId = new Map<number, KnownTweetRecord>();
  for (const list of found) for (const t of list) if (t.id !== undefined) byId.set(t.id, t);
  const pictures = (await getMeta(db, 'knownAvatars')) ?? [];
  const phashes = (account?.avatars ?? []).flatMap((a) => (a.phash ? [a.phash] : []));
  return matchKnownContent(own, [...byId.values()], phashes, pictures);
}
