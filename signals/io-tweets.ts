import { hashtagSetKey } from './hashtag-burst';
import { lshKeys } from './minhash';
import { textFingerprint } from './text-similarity';

/** One tweet of a known network, as kept from a Twitter information-operations tweets CSV. */
export interface KnownTweet {
  /** The archive's name (its file name), cited in reasons. */
  source: string;
  /** 1-based data row of the CSV (the header is row 0). */
  row: number;
  tweetid: string | null;
  userid: string | null;
  screenName: string | null;
  time: string | null;
  excerpt: string;
  textLength: number;
  minhash: number[] | null;
  /** `${band}:${hash}` keys, with no day: a network's text is matched whenever it is posted again. */
  lshKeys: string[];
  hashtags: string[];
  /** Order-insensitive set key; ABSENT below 2 tags. */
  tagsKey?: string;
}

/** Normalised texts shorter than this are never matched (the copied-text signal's own floor). */
export const KNOWN_MIN_CHARS = 40;

const col = (row: Readonly<Record<string, string | undefined>>, name: string): string | null => {
  const v = row[name]?.trim();
  return v ? v : null;
};

/** The archive's `hashtags` cell, written as `[a, b]`, `['a', 'b']` or `a,b` depending on the release. */
export function parseHashtagCell(cell: string | null, text: string | null): string[] {
  const listed = (cell ?? '').replace(/^\[|\]$/g, '').split(',').map((t) => t.trim().replace(/^['"#]+|['"]+$/g, '')).filter(Boolean);
  if (listed.length > 0) return [...new Set(listed)];
  // Some releases leave the column empty: the tags are still in the text.
  return [...new Set([...(text ?? '').matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!))];
}

/**
 * One CSV row → what is kept of it, or null when it can't be evidence: retweets (their text is
 * someone else's, often a real outlet's, so matching it would flag the outlet's readers) and rows with
 * neither a comparable text nor a set of two or more hashtags.
 */
export function knownTweetOf(row: Readonly<Record<string, string | undefined>>, source: string, rowNumber: number): KnownTweet | null {
  if (/^(true|1|yes)$/i.test(col(row, 'is_retweet') ?? '')) return null;
  const text = col(row, 'tweet_text');
  if (text && /^RT @/.test(text)) return null;
  const fp = text ? textFingerprint(text) : null;
  const comparable = fp !== null && fp.length >= KNOWN_MIN_CHARS;
  const hashtags = parseHashtagCell(col(row, 'hashtags'), text);
  const tagsKey = hashtagSetKey(hashtags);
  if (!comparable && !tagsKey) return null;
  const tweet: KnownTweet = {
    source,
    row: rowNumber,
    tweetid: col(row, 'tweetid'),
    userid: col(row, 'userid'),
    screenName: col(row, 'user_screen_name'),
    time: col(row, 'tweet_time'),
    excerpt: (text ?? '').replace(/\s+/g, ' ').slice(0, 140),
    textLength: fp?.length ?? 0,
    minhash: comparable ? fp.signature : null,
    lshKeys: comparable ? lshKeys(fp.signature) : [],
    hashtags,
  };
  if (tagsKey) tweet.tagsKey = tagsKey;
  return tweet;
}
