/**
 * Every account of a batch, judged as the extension judges one: the same coordination signals over all
 * posts and avatars at once, then the one judge (core/judge.ts) and the export's row.
 */
import { computeCoordination, COORDINATION_DEFAULTS, type CoordinationOptions, type ObservedPost } from '../../signals/coordination';
import type { AvatarSighting } from '../../signals/reused-avatar';
import type { AccountKey, ClusterEvidence } from '../../core/evidence';
import { findCoReposts, type CoRepostEvidence, type Repost } from '../../signals/co-repost';
import { COORDINATION_RULES } from '../../signals/coordination-rules';
import { judge } from '../../core/judge';
import { accountEvidenceOf } from '../../signals/account-evidence';
import { judgedColumns } from '../../utils/export/judged-columns';
import { signalScores } from '../../utils/export/signal-scores';
import { NO_REVIEW, type ExportAccount } from '../../utils/export/types';
import type { ImageVerdict } from '../../core/verdict';
import { defaultSettings } from '../../utils/settings-schema';
import { parseAccountKey } from '../../signals/account-key';
import type { UserRecord } from './inputs/types';

/** One of an account's images, as the images parts hold it. */
export interface AccountImage {
  seq: number;
  path: string;
  /** Where it was downloaded from, else its path: the export's avatar URL. */
  url: string;
  verdict: ImageVerdict;
}

/** What the merge gathered for each account. */
export interface AccountInputs {
  users: ReadonlyMap<AccountKey, UserRecord>;
  /** Each account's images, oldest (lowest seq) first. */
  images: ReadonlyMap<AccountKey, readonly AccountImage[]>;
  /** Posts coordination reads, in input order. */
  posts: readonly ObservedPost[];
  /** Reposts, in input order. */
  reposts: readonly Repost[];
  /** First and last tweet time per account (epoch ms). */
  seen: ReadonlyMap<AccountKey, { first: number; last: number }>;
}

/**
 * Each account lists (and links.parquet links it to) a bounded number of the others in its ring, never
 * all of them: a ring of n accounts would otherwise write n(n−1)/2 links. The ring's members still form
 * one cluster, since every member lists the ring's first accounts. A listing cap changes no score or reason.
 */
export const LINKS_PER_ACCOUNT = COORDINATION_RULES.coRepost.maxLinks;
const BOUNDED: CoordinationOptions = {
  copiedText: { ...COORDINATION_DEFAULTS.copiedText, maxListed: LINKS_PER_ACCOUNT },
  hashtagBurst: { ...COORDINATION_DEFAULTS.hashtagBurst, maxListed: LINKS_PER_ACCOUNT },
  reusedAvatar: { ...COORDINATION_DEFAULTS.reusedAvatar, maxListed: LINKS_PER_ACCOUNT },
  rules: COORDINATION_DEFAULTS.rules,
};

const hashes = (v: ImageVerdict): { sha256: string | null; phash: string | null } => (v.status === 'error' ? { sha256: null, phash: null } : { sha256: v.sha256, phash: v.phash });

/** The fused accounts (riskiest first, then by key), each account's fired cluster evidence, and its co-repost evidence. */
export function judgeAccounts(inputs: AccountInputs): { accounts: ExportAccount[]; evidence: Map<AccountKey, ClusterEvidence[]>; coReposts: Map<AccountKey, CoRepostEvidence> } {
  const avatars: AvatarSighting[] = [];
  for (const [accountKey, list] of inputs.images)
    for (const img of list) if (img.verdict.status !== 'error') avatars.push({ accountKey, url: img.url, ...hashes(img.verdict) });
  const coordination = computeCoordination({ posts: inputs.posts, avatars }, BOUNDED);
  const coReposts = findCoReposts(inputs.reposts);
  const settings = defaultSettings();
  const accounts: ExportAccount[] = [];
  const evidence = new Map<AccountKey, ClusterEvidence[]>();
  for (const [key, user] of inputs.users) {
    const list = inputs.images.get(key) ?? [];
    const newest = list[list.length - 1] ?? null;
    const image = newest?.verdict ?? null;
    const site = parseAccountKey(key)?.site ?? 'x';
    const occ = { site, handle: user.handle, displayName: user.displayName, avatarUrl: newest?.url ?? null };
    const coRepost = coReposts.get(key);
    const clusters = [...(coordination.get(key) ?? []), ...(coRepost ? [coRepost] : [])];
    const judged = judgedColumns(image, judge({ image, account: accountEvidenceOf(key, occ, clusters, []) }, settings));
    if (judged.clusters.length > 0) evidence.set(key, judged.clusters);
    const created = Date.parse(user.profile.accountCreationDate ?? '');
    const seen = inputs.seen.get(key) ?? { first: Number.isFinite(created) ? created : 0, last: Number.isFinite(created) ? created : 0 };
    accounts.push({
      key, platform: site, handle: user.handle, displayNames: user.displayName ? [user.displayName] : [], profileUrl: user.profileUrl, profile: user.profile,
      ...judged,
      firstSeen: seen.first, lastSeen: seen.last, avatars: list.map((i) => ({ url: i.url, ...hashes(i.verdict), firstSeen: seen.first })),
      imageUrl: newest?.url ?? null, image, review: NO_REVIEW,
      // An IO archive's user id is the platform's own: it survives renames (its history is the archive's one row).
      accountId: user.profile.userid ?? null, history: [],
    });
  }
  accounts.sort((a, b) => b.risk - a.risk || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { accounts, evidence, coReposts };
}
