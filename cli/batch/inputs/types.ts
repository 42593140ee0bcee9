import type { IoProfile } from '../../../utils/export/types';
import type { AccountKey } from '../../../core/evidence';
import type { InputImage } from '../image-row';
import type { CsvReport } from '../../../utils/import/csv-report';

/** One account of the input, with the profile facts it states (Twitter IO "users" columns). */
export interface UserRecord {
  key: AccountKey;
  handle: string;
  displayName: string | null;
  profileUrl: string | null;
  profile: IoProfile;
}

/** One tweet; `seq` is its place in the input (file, then row), which orders coordination like a store's ids. */
export interface TweetRecord {
  accountKey: AccountKey;
  seq: number;
  text: string | null;
  /** ISO 8601 (UTC) when the input had a time. */
  time: string | null;
  hashtags: string[];
  /**
   * The original post when this tweet is a repost (`repostItem`: the archive's is_retweet and
   * retweet_tweetid, or an "RT @user:" text): its text and tags are someone else's, never its own.
   */
  repost: string | null;
}

/** What `sockscope batch` reads: each stream in the same order on every run and every machine. */
export interface BatchInput {
  kind: 'io-archive' | 'image-folder' | 'image-list';
  /** Folder that the images' paths are relative to. */
  root: string;
  /** Hash of the input's listing and sizes: a resumed run or a merge refuses a different input. */
  fingerprint: string;
  accounts(): AsyncIterable<UserRecord>;
  /** Every image, each with its account when the input ties it to one; key = account key or path. */
  images(): AsyncIterable<InputImage>;
  tweets(): AsyncIterable<TweetRecord>;
  /** Per CSV file read so far (its latest complete reading): rows, rows used, and rows left out by reason. */
  reports?(): CsvReport[];
}
