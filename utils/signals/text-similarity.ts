import { estimateJaccard, lshKeys, minhash, shingles } from './minhash.ts';
import { normaliseText, textHash } from './normalise-text.ts';
import type { AccountKey, ClusterEvidence } from './types.ts';

/** What is kept of a post's text for comparison: enough to match, and an excerpt to show. */
export interface TextFingerprint {
  /** Length of the normalised text, in UTF-16 units. */
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

export const COPIED_TEXT_DEFAULTS: CopiedTextOptions = { minJaccard: 0.8, minChars: 40, minAccounts: 3, maxListed: 20 };

/** Normalises, hashes and MinHashes a post's text. */
export function textFingerprint(text: string): TextFingerprint {
  const norm = normaliseText(text);
  return { length: norm.length, hash: textHash(norm), signature: minhash(shingles(norm)), excerpt: norm.slice(0, 80) };
}

/** Links each post to the other accounts that posted the same or nearly the same text on its day. */
function similarAccounts(posts: readonly TextPost[], opts: CopiedTextOptions): Map<TextPost, Set<AccountKey>> {
  const out = new Map<TextPost, Set<AccountKey>>();
  const buckets = new Map<string, TextPost[]>();
  for (const p of posts) {
    if (p.length < opts.minChars) continue;
    for (const k of lshKeys(p.signature)) {
      const key = `${p.day}|${k}`;
      const b = buckets.get(key);
      if (b) b.push(p);
      else buckets.set(key, [p]);
    }
  }
  const checked = new Set<string>();
  for (const bucket of buckets.values())
    for (let i = 1; i < bucket.length; i++)
      for (let j = 0; j < i; j++) {
        const a = bucket[i] as TextPost;
        const b = bucket[j] as TextPost;
        if (a.accountKey === b.accountKey) continue;
        const pair = a.hash < b.hash ? `${a.hash}${a.accountKey}|${b.hash}${b.accountKey}` : `${b.hash}${b.accountKey}|${a.hash}${a.accountKey}`;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (a.hash !== b.hash && estimateJaccard(a.signature, b.signature) < opts.minJaccard) continue;
        for (const [x, y] of [[a, b], [b, a]] as const) {
          const s = out.get(x) ?? new Set<AccountKey>();
          s.add(y.accountKey);
          out.set(x, s);
        }
      }
  return out;
}

/**
 * "Copy-pasted text": accounts that posted the same or nearly the same text (≥ minJaccard) as at least
 * minAccounts − 1 other accounts on the same UTC day. LSH banding keeps this near-linear in posts.
 */
export function findCopiedText(
  posts: readonly TextPost[],
  opts: CopiedTextOptions = COPIED_TEXT_DEFAULTS,
): Map<AccountKey, ClusterEvidence> {
  const best = new Map<AccountKey, { post: TextPost; others: Set<AccountKey> }>();
  for (const [post, others] of similarAccounts(posts, opts)) {
    const prev = best.get(post.accountKey);
    if (!prev || others.size > prev.others.size) best.set(post.accountKey, { post, others });
  }
  const out = new Map<AccountKey, ClusterEvidence>();
  const need = opts.minAccounts - 1;
  for (const [key, { post, others }] of best) {
    if (others.size < need) continue;
    const list = [...others].sort();
    out.set(key, {
      signal: 'copied-text',
      // Saturates at twice the minimum ring size: 2 others = 0.5 … 4+ others = 1.
      score: Math.min(1, others.size / (2 * need)),
      threshold: 0.5,
      fired: true,
      count: others.size,
      accounts: list.slice(0, opts.maxListed),
      truncated: list.length > opts.maxListed,
      day: post.day,
      shared: post.excerpt,
      reason: `Same or nearly the same text as ${others.size} other accounts on ${post.day}: “${post.excerpt}${post.length > post.excerpt.length ? '…' : ''}”`,
    });
  }
  return out;
}
