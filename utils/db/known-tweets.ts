import type { KnownTweet } from '../../signals/io-tweets';
import { importTweetsCsv, type ImportProgress, type ImportTweetsOptions } from '../import/import-tweets';
import { getMeta, putMeta } from './meta';
import type { EvidenceDb } from './schema';

/** Writes one batch of archive tweets in one transaction. */
export async function putKnownTweets(db: EvidenceDb, batch: readonly KnownTweet[]): Promise<void> {
  const tx = db.transaction('knownTweets', 'readwrite');
  await Promise.all([...batch.map((t) => tx.store.add(t)), tx.done]);
}

/** Deletes every tweet an earlier import of `source` kept (re-importing a file replaces it). */
export async function deleteArchive(db: EvidenceDb, source: string): Promise<void> {
  const tx = db.transaction('knownTweets', 'readwrite');
  for (let c = await tx.store.index('bySource').openCursor(source); c; c = await c.continue()) await c.delete();
  await tx.done;
  await putMeta(db, 'knownArchives', ((await getMeta(db, 'knownArchives')) ?? []).filter((a) => a.source !== source));
}

/** Streams an IO tweets CSV into the store (replacing an earlier import of the same name) and lists it. */
export async function importArchive(db: EvidenceDb, bytes: AsyncIterable<Uint8Array>, o: Omit<ImportTweetsOptions, 'sink'>, now = Date.now()): Promise<ImportProgress> {
  await deleteArchive(db, o.source);
  const p = await importTweetsCsv(bytes, { ...o, sink: (batch) => putKnownTweets(db, batch) });
  const listed = ((await getMeta(db, 'knownArchives')) ?? []).filter((a) => a.source !== o.source);
  await putMeta(db, 'knownArchives', [...listed, { source: o.source, rows: p.rows, kept: p.kept, importedAt: now }]);
  return p;
}
