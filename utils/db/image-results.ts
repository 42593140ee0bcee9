import type { ImageVerdict } from '../analysis/types.ts';
import { BAND_PAIR_MAX_BITS, hamming, phashBandPairs } from '../signals/phash.ts';
import type { AccountRecord, ImageRecord } from './records.ts';
import { dbFailure, observed, type DbResult } from './result.ts';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { EvidenceDb, SockscopeDb } from './schema.ts';

/** What the analyser hands back for one avatar URL. */
export interface ImageResult {
  verdict: ImageVerdict;
  analysedAt: number;
}

/** The stored result for an avatar URL, if it was analysed. */
export async function getImageResult(db: EvidenceDb, url: string): Promise<ImageRecord | undefined> {
  return db.get('images', url);
}

/** getImageResult for several URLs in ONE read transaction, in order. */
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
    return { url, sha256, phash, phashPairs: phash ? phashBandPairs(phash) : [], verdict: v, analysedAt: result.analysedAt };
  });
  if (recs.length === 0) return { ok: true, value: [] };
  const tx = db.transaction(['images', 'accounts'], 'readwrite');
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
    await Promise.all([...images, ...writes, tx.done]);
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

/** Images whose phash is within maxBits (≤ BAND_PAIR_MAX_BITS, what the band-pair index guarantees to find). */
export async function findSimilarImages(db: EvidenceDb, phash: string, maxBits: number): Promise<Array<ImageRecord & { bits: number }>> {
  const tx = db.transaction('images');
  const found = await similarImagesIn(tx.store, phash, maxBits);
  await tx.done;
  return found;
}

/** findSimilarImages inside the caller's transaction. */
export async function similarImagesIn(images: ImageStore, phash: string, maxBits: number): Promise<Array<ImageRecord & { bits: number }>> {
  if (maxBits > BAND_PAIR_MAX_BITS) throw new Error(`[sockscope:db] findSimilarImages: the band-pair index only guarantees matches up to ${BAND_PAIR_MAX_BITS} bits`);
  const index = images.index('byPhashPair');
  // Keys first: an identical image sits under all 28 keys, and reading records per key would deserialise it 28 times.
  const urls = new Set((await Promise.all(phashBandPairs(phash).map((k) => index.getAllKeys(k)))).flat());
  const recs = await Promise.all([...urls].map((u) => images.get(u)));
  const found: Array<ImageRecord & { bits: number }> = [];
  for (const rec of recs) {
    const bits = rec?.phash ? hamming(phash, rec.phash) : Infinity;
    if (rec && bits <= maxBits) found.push({ ...rec, bits });
  }
  return found.sort((a, b) => a.bits - b.bits);
}
