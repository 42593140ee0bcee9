import { estimateJaccard, lshKeys, minhash, shingles } from './minhash';
import { normaliseText, textHash } from './normalise-text';
import { comparableLength, scriptOf, SCRIPT_LIMITS } from './text-scripts';
import { UnionFind } from './union-find';
import { ringEvidence } from './ring-evidence';
import type { AccountKey, ClusterEvidence } from '../core/evidence';
import { said } from '../core/i18n/said';

/** What is kept of a post's text for comparison: enough to match, and an excerpt to show. */
export interface TextFingerprint {
  /**
   * Length of the normalised text in comparable units: characters, scaled per script so that every script
   * meets the 40 minimum at its own measured floor (text-scripts.ts).
   */
  length: number;
  hash: string;
  signature: number[];
  excerpt: string;
}

/** One post as the copied-text signal sees it. */
export interface TextPost extends TextFingerprint {
  accountKey: AccountKey;
  day: string;
}

export interface CopiedTextOptions {
  /** Estimated Jaccard at or above which two posts count as the same text. */
  minJaccard: number;
  /** Shorter normalised texts are ignored: "Thank you!" is said by everyone. */
  minChars: number;
  /** Distinct accounts (this one included) that must share the text on one day. */
  minAccounts: number;
  maxListed: number;
}

/**
 * LSH keys per signature array: the background's cached posts keep their arrays, and each assessment in a
 * campaign would otherwise hash every campaign post's bands again.
 */
const bandKeyCache = new WeakMap<readonly number[], string[]>();

function bandKeys(signature: readonly number[]): string[] {
  let keys = bandKeyCache.get(signature);
  if (!keys) bandKeyCache.set(signature, (keys = lshKeys(signature)));
  return keys;
}

/** Comparisons per post per LSH bucket (see nearDuplicateGroups). */
const MAX_COMPARE = 16;
/** Further comparisons for a post still alone after the first pass, over all its buckets (see secondLook). */
const MAX_SECOND_LOOK = 64;

export const COPIED_TEXT_DEFAULTS: CopiedTextOptions = { minJaccard: 0.8, minChars: 40, minAccounts: 3, maxListed: 20 };

/** Normalises, hashes and MinHashes a post's text, with its script's shingle size. */
export function textFingerprint(text: string): TextFingerprint {
  const norm = normaliseText(text);
  const script = scriptOf(norm);
  return { length: comparableLength(norm, script), hash: textHash(norm), signature: minhash(shingles(norm, SCRIPT_LIMITS[script].shingle)), excerpt: norm.slice(0, 80) };
}

/**
 * Groups posts of each day into near-duplicate components (union-find over pairs ≥ minJaccard found
 * through LSH buckets). Transitive on purpose: ring members edit the template independently, so two
 * members can be 2 edits apart (J < 0.8) while each is 1 edit from the template.
 */
export function nearDuplicateGroups(posts: readonly TextPost[], opts: Pick<CopiedTextOptions, 'minChars' | 'minJaccard'>): readonly (readonly TextPost[])[] {
  const eligible = posts.filter((p) => p.length >= opts.minChars);
  const recent = recentGroups.find((r) => r.minJaccard === opts.minJaccard && sameItems(r.eligible, eligible));
  if (recent) return recent.groups;
  const groups = groupNearDuplicates(eligible, opts.minJaccard);
  recentGroups.unshift({ eligible, minJaccard: opts.minJaccard, groups });
  recentGroups.length = Math.min(recentGroups.length, RECENT_GROUPINGS);
  return groups;
}

/**
 * The last few groupings with their input. The assessments of one request in a campaign hand the grouping
 * the same posts (the same cached objects, in id order), and comparing them costs far less than a new
 * grouping: in a paraphrased campaign each post is compared with up to 16 others in each of its 16 buckets.
 * Posts are compared by identity, which is safe because a TextPost is never changed once made.
 */
const recentGroups: { eligible: readonly TextPost[]; minJaccard: number; groups: readonly (readonly TextPost[])[] }[] = [];
const RECENT_GROUPINGS = 4;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The union-find grouping itself, over posts already long enough to compare. */
function groupNearDuplicates(eligible: readonly TextPost[], minJaccard: number): TextPost[][] {
  const sets = new UnionFind(eligible.length);
  // Per day (posts of different days never share a bucket, so each day's components form on their own),
  // in nested maps rather than under "day|hash" keys, which each assessment in a campaign would build afresh
  // for every one of the campaign's posts. Identical texts are merged outright, so a 1,000-account ring
  // costs one comparison per post.
  const days = new Map<string, { firstOfHash: Map<string, number>; buckets: Map<string, number[]> }>();
  eligible.forEach((p, i) => {
    let day = days.get(p.day);
    if (!day) days.set(p.day, (day = { firstOfHash: new Map(), buckets: new Map() }));
    const j = day.firstOfHash.get(p.hash);
    if (j !== undefined) {
      sets.union(i, j);
      return;
    }
    day.firstOfHash.set(p.hash, i);
    for (const k of bandKeys(p.signature)) {
      const b = day.buckets.get(k);
      if (b) b.push(i);
      else day.buckets.set(k, [i]);
    }
  });
  // Compare each post with one representative per component already in the bucket, and with at most
  // MAX_COMPARE of them: templated posts ("Day 12 of …") fill a band without being copies, and would
  // otherwise make a bucket quadratic. Known cost: a rare missed link in such buckets.
  const mergeBucket = (bucket: readonly number[]): void => {
    const reps: number[] = [];
    for (const i of bucket) {
      const a = eligible[i] as TextPost;
      let merged = false;
      for (let r = 0; r < reps.length && r < MAX_COMPARE; r++) {
        const j = reps[r] as number;
        if (sets.find(i) === sets.find(j)) { merged = true; break; }
        if (estimateJaccard(a.signature, (eligible[j] as TextPost).signature) >= minJaccard) {
          sets.union(i, j);
          merged = true;
          break;
        }
      }
      if (!merged) reps.push(i);
    }
  };
  for (const { buckets } of days.values()) for (const bucket of buckets.values()) mergeBucket(bucket);
  secondLook(eligible, days, sets, minJaccard);
  const groups = new Map<number, TextPost[]>();
  eligible.forEach((p, i) => {
    const root = sets.find(i);
    const g = groups.get(root);
    if (g) g.push(p);
    else groups.set(root, [p]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * The first pass compares a post with each component's first post in a bucket, not with every member, and a
 * paraphrase can be close to a later member while not to that first one: in a synthetic paraphrased campaign
 * of 1,000, 16 of the 52 texts left out were near-copies (Jaccard ≥ 0.8) of a grouped one, each sharing a
 * bucket with it. So a post still alone is compared with the other posts of its buckets, smallest bucket
 * first, up to MAX_SECOND_LOOK of them, until one is close enough. Small buckets first because a band shared
 * by few posts is one where the texts agree on something rare, such as the same edit, while in a campaign
 * the bands nobody edited hold nearly every post. Only posts left alone take this look, so a campaign pays a
 * few comparisons per straggler, and a bucket of templated non-copies at most MAX_SECOND_LOOK per post.
 */
function secondLook(
  eligible: readonly TextPost[],
  days: ReadonlyMap<string, { buckets: ReadonlyMap<string, readonly number[]> }>,
  sets: UnionFind,
  minJaccard: number,
): void {
  eligible.forEach((a, i) => {
    if (sets.size(i) !== 1) return;
    const { buckets } = days.get(a.day)!;
    const mine = bandKeys(a.signature).map((k) => buckets.get(k)!).sort((x, y) => x.length - y.length);
    let budget = MAX_SECOND_LOOK;
    for (const bucket of mine) {
      for (const j of bucket) {
        if (j === i) continue;
        if (budget-- <= 0) return;
        if (estimateJaccard(a.signature, (eligible[j] as TextPost).signature) < minJaccard) continue;
        sets.union(i, j);
        return;
      }
    }
  });
}

/**
 * "Copy-pasted text": accounts that posted the same or nearly the same text (≥ minJaccard) as at least
 * minAccounts − 1 other accounts on the same UTC day. With `only`, evidence for that account alone (the
 * groups still span every post). LSH banding keeps this near-linear in posts;
 * near-duplicates are chained (see nearDuplicateGroups).
 */
export function findCopiedText(
  posts: readonly TextPost[],
  opts: CopiedTextOptions = COPIED_TEXT_DEFAULTS,
  only?: AccountKey,
): Map<AccountKey, ClusterEvidence> {
  // Each account keeps its largest group; its own account is in the group, so the others number one less.
  const best = new Map<AccountKey, { post: TextPost; accounts: Set<AccountKey> }>();
  for (const group of nearDuplicateGroups(posts, opts)) {
    // With `only`, just that account's first post in the group counts (a later one would not replace it),
    // and a group without it decides nothing.
    const first = only === undefined ? undefined : group.find((p) => p.accountKey === only);
    if (only !== undefined && !first) continue;
    const members = first ? [first] : group;
    const accounts = new Set<AccountKey>();
    for (const p of group) accounts.add(p.accountKey);
    for (const post of members) {
      const prev = best.get(post.accountKey);
      if (!prev || accounts.size > prev.accounts.size) best.set(post.accountKey, { post, accounts });
    }
  }
  const out = new Map<AccountKey, ClusterEvidence>();
  const need = opts.minAccounts - 1;
  const sorted = new Map<Set<AccountKey>, AccountKey[]>();
  for (const [key, { post, accounts }] of best) {
    if (only !== undefined && key !== only) continue;
    const count = accounts.size - 1;
    if (count < need) continue;
    // Sorted once per group, not once per member: a campaign's group holds hundreds of accounts.
    let all = sorted.get(accounts);
    if (!all) sorted.set(accounts, (all = [...accounts].sort()));
    const excerpt = `${post.excerpt}${post.length > post.excerpt.length ? '…' : ''}`;
    out.set(key, ringEvidence('copied-text', key, all, need, opts.maxListed, { day: post.day, shared: post.excerpt, msg: said('reasonCopiedText', count, { day: post.day }, excerpt) }));
  }
  return out;
}
