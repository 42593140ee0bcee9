import { COPIED_TEXT_DEFAULTS, type CopiedTextOptions, type TextPost } from './text-similarity';
import { HASHTAG_BURST_DEFAULTS, type HashtagBurstOptions } from './hashtag-burst';
import { COORDINATION_RULES, type CoordinationRules } from './coordination-rules';
import { findRepeatedCopiedText, findRepeatedHashtagBursts } from './repeated-rings';
import { findCoReposts, type Repost } from './co-repost';
import { avatarLinks, findReusedAvatars, REUSE_DEFAULTS, type AvatarSighting, type ReuseOptions } from './reused-avatar';
import { findCrossPlatform } from './cross-platform';
import { isDefaultAvatarUrl } from './default-avatar';
import type { AccountKey, ClusterEvidence } from '../core/evidence';

/** A post as stored (the fields coordination needs); matches utils/db ObservationRecord. */
export interface ObservedPost {
  accountKey: AccountKey;
  day: string;
  text: string | null;
  textHash: string | null;
  textLength: number;
  minhash: number[] | null;
  tagsKey?: string | undefined;
  /** The page load it was seen in, when recorded (signals/one-page-load.ts). */
  load?: string | undefined;
}

/** Everything the coordination signals look at, from the store or built in memory by tests. */
export interface CoordinationSnapshot {
  posts: readonly ObservedPost[];
  avatars: readonly AvatarSighting[];
  /** Reposts, when the source records them ("X reposted" lines in the store, an archive's retweets). */
  reposts?: readonly Repost[];
  /** Whether the reposts carry their own times (an archive) or only when they were seen (a browser). */
  repostsTimed?: boolean;
}

export interface CoordinationOptions {
  copiedText: CopiedTextOptions;
  hashtagBurst: HashtagBurstOptions;
  reusedAvatar: ReuseOptions;
  /** The window, repetition and rarity rules of copied text and hashtag bursts. */
  rules: CoordinationRules;
}

export const COORDINATION_DEFAULTS: CoordinationOptions = {
  copiedText: COPIED_TEXT_DEFAULTS,
  hashtagBurst: HASHTAG_BURST_DEFAULTS,
  reusedAvatar: REUSE_DEFAULTS,
  rules: COORDINATION_RULES,
};

/**
 * Per post object: the background assesses a campaign's accounts one by one over the same cached posts
 * (utils/db/observation-cache.ts), and each assessment would otherwise rebuild every excerpt.
 */
const textPosts = new WeakMap<ObservedPost, TextPost | null>();

function toTextPost(p: ObservedPost): TextPost | null {
  let t = textPosts.get(p);
  if (t !== undefined) return t;
  if (!p.minhash || !p.textHash) t = null;
  else {
    const excerpt = (p.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    t = { accountKey: p.accountKey, day: p.day, hash: p.textHash, signature: p.minhash, length: p.textLength, excerpt };
  }
  textPosts.set(p, t);
  return t;
}

/**
 * Per-account cluster evidence (copied text, hashtag bursts, reused avatars, cross-platform pictures), each with the linked
 * accounts and a reason, e.g. {signal: 'copied-text', count: 7, reason: 'Posted 3 texts that 7 other accounts also posted …'}.
 * Copied text and hashtag bursts count only when repeated with the same accounts (repeated-rings.ts).
 * With `only`, the evidence of that one account: an assessment reads a campaign's hundreds of posts and
 * needs no evidence for the other accounts.
 */
export function computeCoordination(
  snap: CoordinationSnapshot,
  opts: CoordinationOptions = COORDINATION_DEFAULTS,
  only?: AccountKey,
): Map<AccountKey, ClusterEvidence[]> {
  // Shorter texts are never compared (findCopiedText's minChars), so they need no TextPost.
  const texts: TextPost[] = [];
  for (const p of snap.posts) {
    const t = p.textLength >= opts.copiedText.minChars ? toTextPost(p) : null;
    if (t) texts.push(t);
  }
  const text = findRepeatedCopiedText(texts, opts.copiedText, opts.rules.copiedText, only);
  const tags = findRepeatedHashtagBursts(snap.posts, opts.hashtagBurst, opts.rules.hashtagBurst, only);
  // Default avatars are shared by millions of unrelated accounts: never evidence of reuse.
  const sightings = snap.avatars.filter((a) => !isDefaultAvatarUrl(a.url));
  const links = avatarLinks(sightings, opts.reusedAvatar);
  const avatars = findReusedAvatars(sightings, opts.reusedAvatar, links);
  const cross = findCrossPlatform(links, opts.reusedAvatar.maxListed);
  const reposts = findCoReposts(snap.reposts ?? [], snap.repostsTimed ? opts.rules.coRepost : opts.rules.coRepostUntimed, only);
  const out = new Map<AccountKey, ClusterEvidence[]>();
  for (const m of [text, tags, avatars, cross, reposts])
    for (const [key, ev] of m) if (only === undefined || key === only) out.set(key, [...(out.get(key) ?? []), ev]);
  return out;
}
