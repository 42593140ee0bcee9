/** `--known-users`, `--known-tweets`, `--known-avatars`: what a platform already attributed, into the store. */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeNode } from '../analysis/image/decode-node';
import { sha256Hex } from '../analysis/image/sha256';
import { phash } from '../signals/phash';
import { parseKnownAccounts } from '../signals/known-accounts';
import type { KnownTweet } from '../signals/io-tweets';
import { getMeta, putMeta } from '../utils/db/meta';
import { putKnownTweets } from '../utils/db/known-tweets';
import type { EvidenceDb } from '../utils/db/schema';
import { importTweetsCsv, type ImportProgress } from '../utils/import/import-tweets';

/** Adds a users CSV (or a plain list) to the store's known-account lists; returns how many accounts it names. */
export async function importKnownUsers(db: EvidenceDb, file: string, now: number): Promise<{ keys: number; skipped: number }> {
  const list = parseKnownAccounts(await readFile(file, 'utf8'), basename(file));
  const lists = (await getMeta(db, 'knownAccounts')) ?? [];
  await putMeta(db, 'knownAccounts', [...lists, { source: list.source, keys: list.keys, importedAt: now }]);
  return { keys: list.keys.length, skipped: list.skipped.length };
}

/**
 * Streams a tweets CSV, keeping only the rows that can match what the pages showed (an LSH key or a tag
 * set of a stored post): an archive of millions of rows never sits in memory or in the store.
 */
export async function importKnownTweets(db: EvidenceDb, file: string, now: number, onProgress?: (p: ImportProgress) => void): Promise<ImportProgress> {
  const posts = await db.getAll('observations');
  const keys = new Set(posts.flatMap((o) => o.lshKeys.map((k) => k.slice(k.indexOf('|') + 1))));
  const tags = new Set(posts.flatMap((o) => (o.tagsKey ? [o.tagsKey] : [])));
  const keep = (t: KnownTweet): boolean => t.lshKeys.some((k) => keys.has(k)) || (t.tagsKey !== undefined && tags.has(t.tagsKey));
  const source = basename(file);
  const p = await importTweetsCsv(createReadStream(file), { source, totalBytes: (await stat(file)).size, keep, sink: (b) => putKnownTweets(db, b), ...(onProgress ? { onProgress } : {}) });
  const archives = (await getMeta(db, 'knownArchives')) ?? [];
  await putMeta(db, 'knownArchives', [...archives, { source, rows: p.rows, kept: p.kept, importedAt: now }]);
  return p;
}

const IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif']);

/** Hashes the archive's pictures (a folder of profile images) for the known-content signal. */
export async function importKnownAvatars(db: EvidenceDb, dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((n) => IMAGE_EXT.has(extname(n).toLowerCase())).sort();
  const source = basename(dir);
  const found = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(dir, name)));
    try {
      const img = await decodeNode(bytes);
      found.push({ source, file: name, phash: phash(img), sha256: await sha256Hex(bytes) });
    } catch (e) {
      console.error(`[sockscope:analyze] skipped ${name} in ${dir}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  await putMeta(db, 'knownAvatars', [...((await getMeta(db, 'knownAvatars')) ?? []), ...found]);
  return found.length;
}
