import type { SignalId } from '../../core/evidence';
import { SIGNAL_IDS } from '../../core/signal-registry';
import { SITES } from '../../sites/registry';

/** "x, facebook or youtube": the sites of the registry, as the columns' descriptions name them. */
const PLATFORMS = `${SITES.slice(0, -1).join(', ')} or ${SITES.at(-1)}`;

/**
 * Every signal, in the order its score column appears in accounts.csv: the registry's order
 * (core/signal-registry.ts). Other tools (`sockscope batch`'s Parquet files) derive their columns from
 * this module, so new signals go at the end of the registry.
 */
export const SIGNAL_COLUMNS: readonly SignalId[] = SIGNAL_IDS;

/** Column name of a signal's score: `score_gan_face`. */
export const scoreColumn = (s: SignalId): string => `score_${s.replace(/-/g, '_')}`;

/** accounts.csv columns with a one-line description each (README.md is generated from this list). */
export const ACCOUNT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['userid', "Platform's numeric account id, when the page showed it (Twitter IO archive column); else empty"],
  ['user_display_name', 'Display name as last seen (earlier ones are in evidence.json)'],
  ['user_screen_name', 'Handle without @ (X, YouTube) or profile slug / id (Facebook)'],
  ['user_reported_location', 'Location from the profile, when seen; else empty'],
  ['user_profile_description', 'Profile bio, when seen; else empty'],
  ['user_profile_url', 'Link to the profile'],
  ['follower_count', 'Followers, when seen; else empty'],
  ['following_count', 'Accounts followed, when seen; else empty'],
  ['account_creation_date', 'Creation date, when seen; else empty'],
  ['account_language', 'Account language, when seen; else empty'],
  ['platform', PLATFORMS],
  ['account_key', "Sockscope's key: platform:handle, lower-cased"],
  ['risk', 'Fused risk 0–100 (evidence, not proof)'],
  ['band', 'low / medium / high'],
  ...SIGNAL_COLUMNS.map((s) => [scoreColumn(s), `Score 0–1 of the ${s} signal where measured; empty when not`] as const),
  ['reasons', 'Each contributing signal with its points, joined by " | "'],
  ['first_seen', 'First sighting by this browser (UTC, ISO 8601)'],
  ['last_seen', 'Last sighting (UTC, ISO 8601)'],
  ['avatar_url', 'Newest avatar URL seen'],
  ['avatar_sha256', 'SHA-256 of the avatar bytes that were analysed'],
  ['avatar_phash', 'Perceptual hash (hex) of the avatar; near-equal hashes mean the same picture'],
  ['avatar_analysed_url', 'URL of the image bytes that were analysed and hashed (often a larger size of avatar_url)'],
  ['avatar_file', 'Path of the avatar inside this archive (avatars/…); empty when it could not be fetched'],
  ['model_version', 'Image model that judged the avatar'],
  ['review_status', 'unreviewed / reviewed / false-positive / confirmed (set in the dashboard)'],
  ['review_notes', "Reviewer's notes"],
];

/** posts.csv columns with descriptions. */
export const POST_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['account', 'Account key (platform:handle) of the author'],
  ['platform', PLATFORMS],
  ['kind', 'Where it was seen: post, reply, quote, comment, profile, …'],
  ['text', 'Post text as plain text (line breaks kept)'],
  ['time', "Post time from the page (ISO 8601), when it had one"],
  ['hashtags', 'Hashtags without #, joined by a space'],
  ['url', 'Page the post was seen on'],
  ['seen_at', 'When this browser saw it (UTC, ISO 8601)'],
];

/** What links two accounts in links.csv. */
export const LINK_KINDS = ['cross-platform', 'reused-avatar', 'copied-text', 'hashtag-burst', 'co-repost', 'same-account-id'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** links.csv columns with descriptions (links.parquet of `sockscope batch` has the same four). */
export const LINK_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['account_a', 'Account key (platform:handle) of one side; the smaller key of the pair'],
  ['account_b', 'Account key of the other side'],
  ['kind', `${LINK_KINDS.join(' / ')}: same-account-id means one platform id seen under both handles (a rename)`],
  ['evidence', 'What is shared, and when it was seen: the picture hash, the text excerpt, the hashtag set and day, or the id'],
];
