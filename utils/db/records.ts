import type { ImageVerdict } from '../messages';
import type { PostKind, Site } from '../types';
import type { AccountKey } from '../../signals/types';

/** An avatar an account was seen with; hashes are filled in when the image has been analysed. */
export interface AvatarSeen {
  url: string;
  sha256: string | null;
  phash: string | null;
  firstSeen: number;
}

/** Placeholder for the reviewer workflow (issue 5's UI): what a person decided about the account. */
export type ReviewStatus = 'unreviewed' | 'confirmed' | 'dismissed';

/** One account, keyed `${site}:${handle lowercased}`. Times are epoch ms. */
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
}

/** The analysis result for one avatar URL. */
export interface ImageRecord {
  url: string;
  sha256: string | null;
  phash: string | null;
  verdict: ImageVerdict;
  analysedAt: number;
}

/** Settings and lists, one typed value per key. */
export interface MetaMap {
  retention: { days: number };
  knownAccounts: Array<{ source: string; keys: AccountKey[]; importedAt: number }>;
  /** Reserved for risk weights a user has tuned; nothing reads or writes it: fusion uses RISK_DEFAULTS (utils/risk/defaults.ts). */
  riskSettings: { version: number; json: string };
}

export type MetaKey = keyof MetaMap;
export type MetaRecord = { [K in MetaKey]: { key: K; value: MetaMap[K] } }[MetaKey];

/** Cap on remembered display names / avatars per account, so a record can't grow without bound. */
export const MAX_SEEN = 20;
