import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { hashtagSetKey } from '../../signals/hashtag-burst';
import { lshKeys } from '../../signals/minhash';
import { historyWith } from './history';
import type { AccountRecord, ImageRecord, KnownTweetRecord, MetaRecord, ObservationRecord } from './records';

export const DB_NAME = 'sockscope';
export const DB_VERSION = 6;

/** The one IndexedDB schema of the evidence store (current version). */
export interface SockscopeDb extends DBSchema {
  accounts: { key: string; value: AccountRecord; indexes: { byAvatarUrl: string; byLastSeen: number; byIdKey: string; byHandleKey: string } };
  observations: {
    key: number;
    value: ObservationRecord;
    indexes: { byAccount: string; byDay: string; byTextHash: string; byTagsDay: [string, string]; bySeenAt: number; byLsh: string; byRepostItem: string };
  };
  images: { key: string; value: ImageRecord; indexes: { bySha256: string; byPhash: string; byAnalysedAt: number } };
  /** Every distinct avatar phash (the key; the value is unused), read whole by stored-hashes.ts. */
  phashes: { key: string; value: 1 };
  meta: { key: string; value: MetaRecord };
  /** Tweets of imported information-operations archives (v5), looked up by LSH key and hashtag set. */
  knownTweets: { key: number; value: KnownTweetRecord; indexes: { byLsh: string; byTagsKey: string; bySource: string } };
}

export type EvidenceDb = IDBPDatabase<SockscopeDb>;
type UpgradeDb = IDBPDatabase<SockscopeDb>;
type UpgradeTx = IDBPTransaction<SockscopeDb, StoreNames<SockscopeDb>[], 'versionchange'>;
type Migration = (db: UpgradeDb, tx: UpgradeTx) => Promise<void>;

/** v1: accounts, observations by account/day/text hash, image results by URL. */
async function toV1(db: UpgradeDb): Promise<void> {
  const accounts = db.createObjectStore('accounts', { keyPath: 'key' });
  accounts.createIndex('byAvatarUrl', 'avatarUrls', { multiEntry: true });
  accounts.createIndex('byLastSeen', 'lastSeen');
  const obs = db.createObjectStore('observations', { keyPath: 'id', autoIncrement: true });
  obs.createIndex('byAccount', 'accountKey');
  obs.createIndex('byDay', 'day');
  obs.createIndex('byTextHash', 'textHash');
  db.createObjectStore('images', { keyPath: 'url' });
}

/** v2: hashtag-set + day index (backfilling tagsKey), seen-time index for retention, meta store. */
async function toV2(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const obs = tx.objectStore('observations');
  obs.createIndex('byTagsDay', ['tagsKey', 'day']);
  obs.createIndex('bySeenAt', 'seenAt');
  tx.objectStore('images').createIndex('byAnalysedAt', 'analysedAt');
  db.createObjectStore('meta', { keyPath: 'key' });
  for (let c = await obs.openCursor(); c; c = await c.continue()) {
    const key = hashtagSetKey(c.value.hashtags ?? []);
    if (key) await c.update({ ...c.value, tagsKey: key });
  }
}

/** v3: near-duplicate lookups: LSH keys on observations, sha256 and phash bands on images (both backfilled). */
async function toV3(_db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const obs = tx.objectStore('observations');
  obs.createIndex('byLsh', 'lshKeys', { multiEntry: true });
  for (let c = await obs.openCursor(); c; c = await c.continue()) {
    const sig = c.value.minhash;
    const keys = sig ? lshKeys(sig).map((k) => `${c.value.day}|${k}`) : [];
    await c.update({ ...c.value, lshKeys: keys });
  }
  const images = tx.objectStore('images');
  images.createIndex('bySha256', 'sha256');
  // v4 replaces the one-byte bands; they are still written here so that this step's store is what v3 shipped.
  (images as unknown as RetiredIndexes).createIndex('byPhashBand', 'phashBands', { multiEntry: true });
  for (let c = await images.openCursor(); c; c = await c.continue()) {
    const v = c.value.verdict;
    const phash = v.status === 'error' ? null : v.phash;
    const sha256 = v.status === 'error' ? null : v.sha256;
    await c.update({ ...c.value, sha256, phash, phashBands: phash ? v3Bands(phash) : [] } as ImageRecord);
  }
}

/** Index calls on names the current schema type no longer has. */
type RetiredIndexes = Pick<IDBObjectStore, 'createIndex' | 'deleteIndex'>;

/** v3's near-duplicate keys: the 8 one-byte bands of a phash. */
const v3Bands = (hash: string): string[] => Array.from({ length: 8 }, (_, i) => `${i}:${hash.slice(i * 2, i * 2 + 2)}`);

/**
 * v4: near duplicates are found by scanning every distinct phash in memory (stored-hashes.ts), then reading
 * the matches by exact hash. The one-byte band index is dropped: face hashes are skewed, so each band
 * value held ~1% of all images and a lookup read ~9% of the store.
 */
async function toV4(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const images = tx.objectStore('images');
  (images as unknown as RetiredIndexes).deleteIndex('byPhashBand');
  images.createIndex('byPhash', 'phash');
  db.createObjectStore('phashes');
  const hashes = tx.objectStore('phashes');
  for (let c = await images.openCursor(); c; c = await c.continue()) {
    const { phashBands: _bands, ...rest } = c.value as ImageRecord & { phashBands?: string[] };
    await c.update(rest);
    if (rest.phash) await hashes.put(1, rest.phash);
  }
}

/**
 * v5: identity history and rename-proof ids on accounts, and the store of imported archive tweets.
 * Existing accounts keep every field; their history is rebuilt from what v4 kept (names, avatars with
 * first-seen times, the handle, bios from profile sightings), dated by the account's first and last sighting.
 */
async function toV5(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const accounts = tx.objectStore('accounts');
  accounts.createIndex('byIdKey', 'idKey');
  accounts.createIndex('byHandleKey', 'handleKey');
  const known = db.createObjectStore('knownTweets', { keyPath: 'id', autoIncrement: true });
  known.createIndex('byLsh', 'lshKeys', { multiEntry: true });
  known.createIndex('byTagsKey', 'tagsKey');
  known.createIndex('bySource', 'source');
  const bios = new Map<string, Array<{ text: string; at: number }>>();
  for (let c = await tx.objectStore('observations').openCursor(); c; c = await c.continue()) {
    const o = c.value;
    if ((o.kind === 'profile' || o.kind === 'user-cell') && o.text) bios.set(o.accountKey, [...(bios.get(o.accountKey) ?? []), { text: o.text, at: o.seenAt }]);
  }
  for (let c = await accounts.openCursor(); c; c = await c.continue()) {
    const a = c.value as Omit<AccountRecord, 'accountId' | 'joined' | 'history'> & Partial<AccountRecord>;
    let history = a.history ?? [];
    const names = a.displayNames;
    names.forEach((name, i) => {
      history = historyWith(history, { site: a.site, kind: 'post', handle: null, displayName: name, profileUrl: null, avatarUrl: null, text: null, hashtags: [], time: null }, i === names.length - 1 ? a.lastSeen : a.firstSeen);
    });
    for (const av of a.avatars) history = historyWith(history, { site: a.site, kind: 'post', handle: null, displayName: null, profileUrl: null, avatarUrl: av.url, text: null, hashtags: [], time: null }, av.firstSeen);
    history = historyWith(history, { site: a.site, kind: 'post', handle: a.handle, displayName: null, profileUrl: null, avatarUrl: null, text: null, hashtags: [], time: null }, a.firstSeen);
    for (const b of bios.get(a.key) ?? []) history = historyWith(history, { site: a.site, kind: 'profile', handle: null, displayName: null, profileUrl: null, avatarUrl: null, text: b.text, hashtags: [], time: null }, b.at);
    await c.update({ ...a, accountId: a.accountId ?? null, joined: a.joined ?? null, history } as AccountRecord);
  }
}

/** v6: who reposted what ("X reposted" lines): the reposter's rows, looked up by the original post. Nothing to backfill. */
async function toV6(_db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  tx.objectStore('observations').createIndex('byRepostItem', 'repostItem');
}

/** MIGRATIONS[v] takes the store from version v − 1 to v. */
export const MIGRATIONS: ReadonlyArray<Migration | null> = [null, toV1, toV2, toV3, toV4, toV5, toV6];

/**
 * Walks oldVersion → newVersion one migration at a time. Each is awaited, so a backfill's cursor
 * finishes before the next version touches the same records (no lost updates).
 */
export async function upgrade(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`[sockscope:db] no migration to version ${v}`);
    await step(db, tx);
  }
}
