import type { ImageVerdict, RiskBand } from '../../core/verdict';
import type { RiskReason } from '../../core/reason-text';
import type { AccountKey, ClusterEvidence, SignalId } from '../../core/evidence';
import type { PostKind, Site } from '../../core/sighting';
import type { HistoryEntry } from '../db/records';
import type { LinkKind } from './columns';

/** What a person decided about an account in the dashboard. */
export type ReviewState = 'unreviewed' | 'reviewed' | 'false-positive' | 'confirmed';

export interface Review {
  status: ReviewState;
  notes: string;
  /** Epoch ms of the last change; 0 when never reviewed. */
  updatedAt: number;
  /** "Keep this account": its evidence outlives the retention period (a reviewed account's only). */
  keep?: boolean;
}

/** Profile facts in Twitter's information-operations "users" columns; null where the page didn't show them. */
export interface IoProfile {
  userid: string | null;
  reportedLocation: string | null;
  profileDescription: string | null;
  followerCount: number | null;
  followingCount: number | null;
  accountCreationDate: string | null;
  accountLanguage: string | null;
}

/** One account as exported: who, what was seen, and the fused risk with every piece of evidence. */
export interface ExportAccount {
  key: AccountKey;
  platform: Site;
  handle: string;
  displayNames: string[];
  profileUrl: string | null;
  profile: IoProfile;
  risk: number;
  band: RiskBand;
  /** Each signal's 0..1 score where it was measured. */
  signals: Partial<Record<SignalId, number>>;
  reasons: RiskReason[];
  cap: string | null;
  clusters: ClusterEvidence[];
  firstSeen: number;
  lastSeen: number;
  avatars: Array<{ url: string; sha256: string | null; phash: string | null; firstSeen: number }>;
  /** URL whose bytes were analysed (often a larger size of the newest avatar URL); null when none was. */
  imageUrl: string | null;
  /** Verdict of the newest avatar, when it was analysed. */
  image: ImageVerdict | null;
  review: Review;
  /** The platform's rename-proof id, where a page showed it. */
  accountId: string | null;
  /** Names, handles, avatars and bios over time (epoch ms). */
  history: HistoryEntry[];
}

/** One sighting of a post. */
export interface ExportPost {
  account: AccountKey;
  platform: Site;
  kind: PostKind;
  text: string | null;
  time: string | null;
  hashtags: string[];
  pageUrl: string;
  seenAt: number;
}

/** Two accounts and what links them (links.csv). */
export interface ExportLink {
  a: AccountKey;
  b: AccountKey;
  kind: LinkKind;
  evidence: string;
}

/** Avatar bytes gathered at export time, or why they couldn't be. */
export type AvatarFile =
  | { url: string; ok: true; bytes: Uint8Array; contentType: string | null }
  | { url: string; ok: false; error: string };

/** Everything an export holds, as plain data (the extension and the CLI both build this). */
export interface ExportData {
  generatedAt: number;
  source: { tool: 'sockscope'; version: string; from: 'extension' | 'cli'; input: string | null };
  accounts: ExportAccount[];
  posts: ExportPost[];
  avatars: AvatarFile[];
}

/** Which parts to write. */
export interface ExportOptions {
  /** Only these accounts (and their posts); all when omitted. */
  select?: readonly string[];
  /** Add stix-bundle.json. */
  stix?: boolean;
}

/** Empty review: nobody has looked yet. */
export const NO_REVIEW: Review = { status: 'unreviewed', notes: '', updatedAt: 0 };

/** Blank IO profile: the page showed none of those facts. */
export const NO_PROFILE: IoProfile = {
  userid: null, reportedLocation: null, profileDescription: null, followerCount: null, followingCount: null, accountCreationDate: null, accountLanguage: null,
};
