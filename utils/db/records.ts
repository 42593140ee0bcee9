import type { ImageVerdict } from '../../core/verdict';
import type { PostKind, Site } from '../../core/sighting';
import type { AccountKey } from '../../core/evidence';
import type { KnownTweet } from '../../signals/io-tweets';

/** An avatar an account was seen with; hashes are filled in when the image has been analysed. */
export interface AvatarSeen {
  url: string;
  sha256: string | null;
  phash: string | null;
  firstSeen: number;
}

/** Placeholder for the reviewer workflow (issue 5's UI): what a person decided about the account. */
export type ReviewStatus = 'unreviewed' | 'confirmed' | 'dismissed';

/** The parts of an identity whose changes are kept over time. */
export type HistoryField = 'name' | 'handle' | 'avatar' | 'bio';

/** One value an account showed, from when to when this store saw it (epoch ms). */
export interface HistoryEntry {
  field: HistoryField;
  value: string;
  firstSeen: number;
  lastSeen: number;
}

/**
 * One account, keyed `${site}:${handle lowercased}` when first seen. A later handle of the same platform
 * id (a rename) stays under the first key, so its posts before and after can be compared. Times are epoch ms.
 */
export interface AccountRecord {
  key: AccountKey;
  site: Site;
  /** As last seen on the page (case kept). */
  handle: string;
  profileUrl: string | null;
  /** Distinct display names, oldest first, capped at MAX_SEEN. */
  displayNames: string[];
  /** Distinct avatar URLs (indexed, multiEntry) — mirrors `avatars[].url`. */
  avatarUrls: string[];
  avatars: AvatarSeen[];
  firstSeen: number;
  lastSeen: number;
  review: ReviewStatus;
  /** The platform's rename-proof id (X user id, YouTube UC…, Facebook numeric id); null until a page shows it. */
  accountId: string | null;
  /** `${site}:${accountId}`, indexed; ABSENT (not null) without an id so the index skips the record. */
  idKey?: string;
  /** `${site}:${current handle}` once the account was renamed (indexed); ABSENT while the key names the handle. */
  handleKey?: string;
  /** Creation date where a page showed it ("2011-03" or ISO). */
  joined: string | null;
  /** Names, handles, avatars and bios over time, in time order per field, capped at MAX_SEEN per field. */
  history: HistoryEntry[];
}

/** One sighting of one post (or profile header), written before any analysis. */
export interface ObservationRecord {
  id?: number;
  accountKey: AccountKey;
  kind: PostKind;
  text: string | null;
  /** cyrb53 of the normalised text; null without text. */
  textHash: string | null;
  /** Length of the normalised text. */
  textLength: number;
  minhash: number[] | null;
  /** `${day}|${band}:${hash}` LSH keys (multiEntry index): near-duplicate lookup within a day. */
  lshKeys: string[];
  hashtags: string[];
  /** Order-insensitive set key; ABSENT (not null) below 2 tags so the compound index skips the record. */
  tagsKey?: string;
  /** ISO time from the page, when it had one. */
  time: string | null;
  /** YYYY-MM-DD (UTC) of `time`, else of `seenAt`. */
  day: string;
  pageUrl: string;
  seenAt: number;
  /** The page load it was seen in (an id the content script makes per load); ABSENT for older rows and imports. */
  load?: string;
  /**
   * Set on the reposter's row when the page showed "X reposted" (v6): the original post (`repostItem`'s
   * key) and the repost count shown beside it. ABSENT otherwise, so the byRepostItem index skips the row.
   */
  repostItem?: string;
  repostShown?: number;
}

/** The analysis result for one avatar URL. */
export interface ImageRecord {
  url: string;
  sha256: string | null;
  phash: string | null;
  verdict: ImageVerdict;
  analysedAt: number;
}

/** One tweet of an imported information-operations archive, as stored (the known-tweets store, multiEntry index on lshKeys). */
export interface KnownTweetRecord extends KnownTweet {
  id?: number;
}

/** A picture of a known network (from an archive's images), for the known-content signal. */
export interface KnownAvatar {
  source: string;
  file: string;
  phash: string;
  sha256: string;
}

/** Settings and lists, one typed value per key. */
export interface MetaMap {
  retention: { days: number };
  knownAccounts: Array<{ source: string; keys: AccountKey[]; importedAt: number }>;
  /** Imported tweets archives: what each import kept (rows in knownTweets). */
  knownArchives: Array<{ source: string; rows: number; kept: number; importedAt: number }>;
  knownAvatars: KnownAvatar[];
  /** Reserved for risk weights a user has tuned; nothing reads or writes it: fusion uses RISK_DEFAULTS (core/risk-defaults.ts). */
  riskSettings: { version: number; json: string };
}

export type MetaKey = keyof MetaMap;
export type MetaRecord = { [K in MetaKey]: { key: K; value: MetaMap[K] } }[MetaKey];

/** Cap on remembered display names / avatars per account, so a record can't grow without bound. */
export const MAX_SEEN = 20;
