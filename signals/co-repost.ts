/**
 * `co-repost`: accounts that repost the same posts within a short window of each other, on several
 * different posts. A repost is its own evidence, never "the same text": the text is someone else's.
 */
import { coActionScore, findCoAction, other, type CoAct, type CoActionAccount, type CoActionRules } from './co-action';
import { COORDINATION_RULES } from './coordination-rules';
import { normaliseText, textHash } from './normalise-text';
import { wordsOf, type AccountKey, type ClusterEvidence } from '../core/evidence';
import { counted, said } from '../core/i18n/said';

/** One repost: who reposted which original, and when (post time, else when it was seen). */
export interface Repost {
  accountKey: AccountKey;
  /** The original post: `repostItem` of what the source says of it. */
  item: string;
  at: number;
  /** The repost count the page showed beside the original (browser); null in an archive. */
  shownCount?: number | null;
}

/** What a source says about a post that may be a repost. */
export interface RepostFacts {
  text: string | null;
  /** The source's own flag (an archive's is_retweet), when it has one. */
  isRetweet?: boolean | null;
  /** The original's id and author, when the source names them. */
  originalId?: string | null;
  originalAuthor?: string | null;
}

const RT_PREFIX = /^RT @([\p{L}\p{N}_]+):?\s*/u;
// Ids that went through a spreadsheet come out as 1.1985e+18: too rounded to tell two posts apart.
const CLEAN_ID = /^\d{1,25}$/;

/**
 * The key of the original post a repost points at, or null for a post of the account's own: the
 * original's id when the source gives a usable one, else its author and normalised text (an "RT @user: …"
 * line, or an archive row flagged as a retweet whose text is the original's).
 */
export function repostItem(f: RepostFacts): string | null {
  const rt = f.text ? RT_PREFIX.exec(f.text) : null;
  if (!f.isRetweet && !rt) return null;
  const id = f.originalId?.trim();
  if (id && CLEAN_ID.test(id)) return `id:${id}`;
  const author = (f.originalAuthor ?? rt?.[1] ?? '').toLowerCase();
  // Retweet texts are cut at 140 characters with "…": compare what every copy keeps.
  const body = normaliseText((f.text ?? '').replace(RT_PREFIX, '')).replace(/…$/, '').slice(0, 100);
  if (!body && !id) return null;
  return body ? `text:${author}:${textHash(body)}` : `id:${id}`;
}

/** A co-repost finding for one account: cluster evidence (count = qualifying partners, accounts = the strongest, most shared posts first), with what the reason says. */
export interface CoRepostEvidence extends ClusterEvidence {
  signal: 'co-repost';
  fired: true;
  partners: { account: AccountKey; posts: number; weight: number }[];
  /** No single day: the reposts span days. */
  day: null;
  posts: number;
  days: number;
  /** The window each co-repost fell within. */
  windowMs: number;
  cluster: AccountKey;
  clusterSize: number;
}

/** "2 minutes", "45 seconds", "1 hour". */
export function durationText(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} seconds`;
  const m = Math.round(s / 60);
  if (m < 60) return m === 1 ? '1 minute' : `${m} minutes`;
  const h = Math.round(m / 60);
  return h === 1 ? '1 hour' : `${h} hours`;
}

const handleOf = (key: AccountKey): string => `@${key.slice(key.indexOf(':') + 1)}`;

/** The evidence of one account's co-action, in the signal's words. */
export function coRepostEvidence(acc: CoActionAccount, rules: CoActionRules, threshold: number): CoRepostEvidence {
  const self = acc.accountKey;
  const top = acc.partners[0];
  const most = top ? said('reasonMostPosts', handleOf(other(top, self)), counted(top.items, 'countPostOne', 'countPosts')) : '';
  const days = counted(acc.days, 'countDayOne', 'countDays');
  const timed = Number.isFinite(rules.windowMs);
  // Without repost times (the browser) there is no "within": the page shows no time for a repost.
  const msg = timed
    ? said('reasonCoRepostTimed', acc.items, counted(acc.partnerCount, 'countAccountOne', 'countAccounts'), { ms: Math.max(acc.maxGapMs, 60_000) }, days, most)
    : said('reasonCoRepostUntimed', acc.items, counted(acc.partnerCount, 'countAccountOne', 'countAccounts'), days, most);
  return {
    signal: 'co-repost', score: coActionScore(acc, rules), threshold, fired: true, count: acc.partnerCount,
    accounts: acc.partners.map((p) => other(p, self)), partners: acc.partners.map((p) => ({ account: other(p, self), posts: p.items, weight: p.weight })),
    truncated: acc.partnerCount > acc.partners.length, day: null,
    shared: timed ? `${acc.items} posts reposted within ${durationText(rules.windowMs)} of each other` : `${acc.items} posts reposted by both`,
    posts: acc.items, days: acc.days, windowMs: rules.windowMs, cluster: acc.cluster, clusterSize: acc.clusterSize, ...wordsOf(msg),
  };
}

/** Co-repost evidence per account over every repost seen (an archive, or what a browser recorded). */
export function findCoReposts(reposts: readonly Repost[], rules: CoActionRules = COORDINATION_RULES.coRepost, only?: AccountKey): Map<AccountKey, CoRepostEvidence> {
  const acts: CoAct[] = reposts.map((r) => ({ accountKey: r.accountKey, item: r.item, at: r.at, shownCount: r.shownCount ?? null }));
  const out = new Map<AccountKey, CoRepostEvidence>();
  for (const [key, acc] of findCoAction(acts, rules)) if (only === undefined || key === only) out.set(key, coRepostEvidence(acc, rules, COORDINATION_RULES.threshold));
  return out;
}
