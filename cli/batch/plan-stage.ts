/**
 * The plan: this shard's accounts and image items, written as parts before any analysis, so the image
 * stage can count its work, resume by part, and read its items back a part at a time.
 */
import { join } from 'node:path';
import type { BatchInput, UserRecord } from './inputs/types';
import type { ImageItem } from './image-row';
import { partName, type OutLayout } from './layout';
import { num, str } from './parquet/read-parquet';
import type { Column, Row } from './parquet/types';
import { writeParquet } from './parquet/write-parquet';
import { inShard, type Shard } from './shard';
import type { AccountKey } from '../../core/evidence';

/** Images per part: a killed run loses at most the parts in flight (a few seconds of work). */
export const ITEMS_PER_PART = 256;
const USERS_PER_PART = 50_000;

export const USER_COLUMNS: readonly Column[] = [
  { name: 'key', type: 'STRING' }, { name: 'handle', type: 'STRING' }, { name: 'display_name', type: 'STRING' }, { name: 'profile_url', type: 'STRING' },
  { name: 'userid', type: 'STRING' }, { name: 'reported_location', type: 'STRING' }, { name: 'profile_description', type: 'STRING' },
  { name: 'follower_count', type: 'DOUBLE' }, { name: 'following_count', type: 'DOUBLE' }, { name: 'account_creation_date', type: 'STRING' }, { name: 'account_language', type: 'STRING' },
];

export const ITEM_COLUMNS: readonly Column[] = [
  { name: 'seq', type: 'INT64' }, { name: 'key', type: 'STRING' }, { name: 'path', type: 'STRING' }, { name: 'url', type: 'STRING' }, { name: 'file', type: 'STRING' },
  { name: 'account_key', type: 'STRING' }, { name: 'missing', type: 'STRING' },
];

const userRow = (u: UserRecord): Row => ({
  key: u.key, handle: u.handle, display_name: u.displayName, profile_url: u.profileUrl, userid: u.profile.userid, reported_location: u.profile.reportedLocation,
  profile_description: u.profile.profileDescription, follower_count: u.profile.followerCount, following_count: u.profile.followingCount,
  account_creation_date: u.profile.accountCreationDate, account_language: u.profile.accountLanguage,
});

/** A users part row back as a record. */
export function userOfRow(r: Row): UserRecord {
  return {
    key: (str(r, 'key') ?? '') as AccountKey, handle: str(r, 'handle') ?? '', displayName: str(r, 'display_name'), profileUrl: str(r, 'profile_url'),
    profile: {
      userid: str(r, 'userid'), reportedLocation: str(r, 'reported_location'), profileDescription: str(r, 'profile_description'), followerCount: num(r, 'follower_count'),
      followingCount: num(r, 'following_count'), accountCreationDate: str(r, 'account_creation_date'), accountLanguage: str(r, 'account_language'),
    },
  };
}

/** An items part row back as an item and its place in the input. */
export function itemOfRow(r: Row): ImageItem {
  return { seq: num(r, 'seq') ?? 0, key: str(r, 'key') ?? '', path: str(r, 'path') ?? '', url: str(r, 'url'), file: str(r, 'file'), accountKey: str(r, 'account_key'), missing: str(r, 'missing') };
}

/** Writes rows in numbered parts of `size`; returns the number of rows and parts. */
async function writeParts<T>(source: AsyncIterable<T>, size: number, dir: string, shard: Shard, columns: readonly Column[], toRow: (x: T, i: number) => Row): Promise<{ rows: number; parts: number }> {
  let batch: Row[] = [];
  let rows = 0;
  let parts = 0;
  const flush = (): void => {
    writeParquet(join(dir, partName(shard, parts++)), columns, batch);
    batch = [];
  };
  for await (const x of source) {
    batch.push(toRow(x, rows++));
    if (batch.length === size) flush();
  }
  if (batch.length > 0 || parts === 0) flush();
  return { rows, parts };
}

async function* filter<T>(source: AsyncIterable<T>, keep: (x: T) => boolean): AsyncGenerator<T> {
  for await (const x of source) if (keep(x)) yield x;
}

async function* numbered<T>(source: AsyncIterable<T>): AsyncGenerator<{ seq: number; x: T }> {
  let seq = 0;
  for await (const x of source) yield { seq: seq++, x };
}

/** Writes this shard's users and image items; items keep their place in the whole input (`seq`). */
export async function planShard(input: BatchInput, shard: Shard, layout: OutLayout): Promise<{ users: number; items: number; itemParts: number }> {
  const users = await writeParts(filter(input.accounts(), (u) => inShard(u.key, shard)), USERS_PER_PART, layout.users, shard, USER_COLUMNS, userRow);
  const items = await writeParts(filter(numbered(input.images()), (n) => inShard(n.x.key, shard)), ITEMS_PER_PART, layout.items, shard, ITEM_COLUMNS, ({ seq, x }) => ({
    seq, key: x.key, path: x.path, url: x.url, file: x.file, account_key: x.accountKey, missing: x.missing,
  }));
  return { users: users.rows, items: items.rows, itemParts: items.parts };
}
