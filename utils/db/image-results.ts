import type { ImageVerdict } from '../../core/verdict';
import { hamming } from '../../signals/phash';
import { noteStoredHashes, storedHashes, type StoredHashes } from './stored-hashes';
import type { AccountRecord, ImageRecord } from './records';
import { dbFailure, observed, type DbResult } from './result';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { EvidenceDb, SockscopeDb } from './schema';

/** What the analyser hands back for one avatar URL. */
export interface ImageResult {
  verdict: ImageVerdict;
  analysedAt: number;
}

/** The stored results for these avatar URLs, in order, from ONE read transaction. */
export async function getImageResults(db: EvidenceDb, urls: readonly string[]): Promise<Array<ImageRecord | undefined>> {
  if (urls.length === 0) return [];
  const tx = db.transaction('images');
  const [found] = await Promise.all([Promise.all(urls.map((u) => tx.store.get(u))), tx.done]);
  return found;
}

/**
 * Stores an image result and copies its hashes onto every account seen with that avatar URL, in one
 * transaction, so reuse lookups never see an image without its accounts' hashes.
 */
export async function putImageResult(db: EvidenceDb, url: string, result: ImageResult): Promise<DbResult<ImageRecord>> {
  const r = await putImageResults(db, [[url, result]]);
  return r.ok ? { ok: true, value: r.value[0]! } : r;
}

/** putImageResult for a batch, in ONE transaction (one commit); an account owning several of the URLs gets all their hashes. */
export async function putImageResults(db: EvidenceDb, entries: ReadonlyArray<readonly [string, ImageResult]>): Promise<DbResult<ImageRecord[]>> {
  const recs = entries.map(([url, result]): ImageRecord => {
    const v = result.verdict;
    const sha256 = v.status === 'error' ? null : v.sha256;
    const phash = v.status === 'error' ? null : v.phash;
    return { url, sha256, phash, verdict: v, analysedAt: result.analysedAt };
  });
  if (recs.length === 0) return { ok: true, value: [] };
  const tx = db.transaction(['images', 'accounts', 'phashes'], 'readwrite');
  observed(tx.done);
  try {
    const accounts = tx.objectStore('accounts');
    const owners = await Promise.all(recs.map((r) => observed(accounts.index('byAvatarUrl').getAll(r.url))));
    const changed = new Map<string, AccountRecord>();
    recs.forEach((rec, i) => {
      for (const found of owners[i]!) {
        const a = changed.get(found.key) ?? found;
        changed.set(found.key, { ...a, avatars: a.avatars.map((x) => (x.url === rec.url ? { ...x, sha256: rec.sha256, phash: rec.phash } : x)) });
      }
    });
    const writes = [...changed.values()].map((a) => observed(accounts.put(a)));
    const images = recs.map((rec) => observed(tx.objectStore('images').put(rec)));
    const hashes = [...new Set(recs.flatMap((r) => (r.phash ? [r.phash] : [])))];
    const hashWrites = hashes.map((h) => observed(tx.objectStore('phashes').put(1, h)));
    await Promise.all([...images, ...writes, ...hashWrites, tx.done]);
    noteStoredHashes(db, hashes);
    return { ok: true, value: recs };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      /* already aborted */
    }
    await tx.done.catch(() => undefined);
    return dbFailure('putImageResult', e);
  }
}

/** The images store (or one from a wider transaction) that the lookups below read. */
export type ImageStore = IDBPObjectStore<SockscopeDb, ArrayLike<StoreNames<SockscopeDb>>, 'images', 'readonly'>;

/** Images whose phash is within maxBits of `phash`, closest first. */
export async function findSimilarImages(db: EvidenceDb, phash: string, maxBits: number): Promise<Array<ImageRecord & { bits: number }>> {
  const known = await storedHashes(db);
  const tx = db.transaction('images');
  const found = await similarImagesIn(tx.store, known, phash, maxBits);
  await tx.done;
  return found;
}

/** findSimilarImages inside the caller's transaction, with the store's hashes loaded before it began. */
export async function similarImagesIn(images: ImageStore, known: StoredHashes, phash: string, maxBits: number): Promise<Array<ImageRecord & { bits: number }>> {
  const index = images.index('byPhash');
  const recs = (await Promise.all(known.near(phash, maxBits).map((h) => index.getAll(h)))).flat();
  // The exact-hash index holds only records that have a phash.
  return recs.map((rec) => ({ ...rec, bits: hamming(phash, rec.phash as string) })).sort((a, b) => a.bits - b.bits);
}
