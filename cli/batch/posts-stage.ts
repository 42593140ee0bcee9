/**
 * Tweets → fingerprints (the same normalisation, text hash, MinHash and hashtag-set key the extension
 * stores), in parts. Only what coordination reads is kept: long texts' signatures and hashtag sets.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashtagSetKey } from '../../signals/hashtag-burst';
import { MINHASH_SIZE } from '../../signals/minhash';
import { COPIED_TEXT_DEFAULTS, textFingerprint } from '../../signals/text-similarity';
import type { ObservedPost } from '../../signals/coordination';
import type { Repost } from '../../signals/co-repost';
import type { AccountKey } from '../../core/evidence';
import { utcDay } from '../../utils/db/day';
import type { TweetRecord } from './inputs/types';
import { partName, type OutLayout } from './layout';
import { bytes, num, str } from './parquet/read-parquet';
import type { Column, Row } from './parquet/types';
import { writeParquet } from './parquet/write-parquet';
import { inShard, type Shard } from './shard';

const TWEETS_PER_PART = 20_000;

export const POST_COLUMNS: readonly Column[] = [
  { name: 'seq', type: 'DOUBLE' }, { name: 'account_key', type: 'STRING' }, { name: 'time', type: 'STRING' }, { name: 'day', type: 'STRING' },
  { name: 'excerpt', type: 'STRING' }, { name: 'text_hash', type: 'STRING' }, { name: 'text_length', type: 'INT64' }, { name: 'minhash', type: 'BYTES' },
  { name: 'tags_key', type: 'STRING' }, { name: 'repost_item', type: 'STRING' },
];

/** One tweet's row: its time always (first and last seen), its fingerprint when coordination can use it. */
export function postRow(t: TweetRecord): Row {
  // A tweet without a time has no day of its own; the epoch keeps reruns and shards in agreement.
  const day = utcDay(t.time, 0);
  // A repost's text and tags are the original's: it is evidence of co-reposting, never of copied text.
  if (t.repost) return { seq: t.seq, account_key: t.accountKey, time: t.time, day, excerpt: null, text_hash: null, text_length: 0, minhash: null, tags_key: null, repost_item: t.repost };
  const fp = t.text ? textFingerprint(t.text) : null;
  const long = fp !== null && fp.length >= COPIED_TEXT_DEFAULTS.minChars;
  const sig = long ? new Uint8Array(Uint32Array.from(fp.signature).buffer) : null;
  return {
    seq: t.seq, account_key: t.accountKey, time: t.time, day,
    // The excerpt the copied-text evidence quotes (coordination.ts builds it the same way from the text).
    excerpt: long ? (t.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) : null,
    text_hash: long ? fp.hash : null, text_length: fp?.length ?? 0, minhash: sig, tags_key: hashtagSetKey(t.hashtags), repost_item: null,
  };
}

/** A posts row back as the post coordination reads, or null when it reads nothing of it. */
export function observedOfRow(r: Row): ObservedPost | null {
  const sig = bytes(r, 'minhash');
  const tagsKey = str(r, 'tags_key') ?? undefined;
  if (!sig && !tagsKey) return null;
  const signature = sig && sig.byteLength === MINHASH_SIZE * 4 ? [...new Uint32Array(sig.slice().buffer)] : null;
  return {
    accountKey: (str(r, 'account_key') ?? '') as AccountKey, day: str(r, 'day') ?? '', text: str(r, 'excerpt'), textHash: signature ? str(r, 'text_hash') : null,
    textLength: num(r, 'text_length') ?? 0, minhash: signature, tagsKey,
  };
}

/** A posts row back as a repost, or null when it is the account's own post or has no time. */
export function repostOfRow(r: Row): Repost | null {
  const item = str(r, 'repost_item');
  const at = Date.parse(str(r, 'time') ?? '');
  return item && Number.isFinite(at) ? { accountKey: (str(r, 'account_key') ?? '') as AccountKey, item, at } : null;
}

/** Fingerprints this shard's tweets into parts; parts already written are skipped (their tweets still read). */
export async function fingerprintTweets(tweets: AsyncIterable<TweetRecord>, shard: Shard, layout: OutLayout): Promise<{ tweets: number; parts: number }> {
  let batch: TweetRecord[] = [];
  let count = 0;
  let parts = 0;
  const flush = (): void => {
    const path = join(layout.posts, partName(shard, parts++));
    if (!existsSync(path)) writeParquet(path, POST_COLUMNS, batch.map(postRow));
    batch = [];
  };
  for await (const t of tweets) {
    if (!inShard(t.accountKey, shard)) continue;
    count++;
    batch.push(t);
    if (batch.length === TWEETS_PER_PART) flush();
  }
  if (batch.length > 0 || parts === 0) flush();
  return { tweets: count, parts };
}
