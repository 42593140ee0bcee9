/**
 * Copied text and hashtag bursts under the co-action rules (coordination-rules.ts): one ring is not
 * enough. An account fires when it shares near-copies of texts, or hashtag sets, with the same partner
 * accounts on several different texts or days, each shared item weighted by how rare it is. On real
 * protest-day tweets one viral text reposted by hundreds, or one activist template, made thousands of
 * ordinary accounts amber; networks post many texts together (docs/signals.md).
 */
import { coActionScore, findCoAction, other, type CoAct, type CoActionAccount, type CoActionRules } from './co-action';
import { COORDINATION_RULES } from './coordination-rules';
import { hashtagGroups, type HashtagBurstOptions, type TagPost } from './hashtag-burst';
import { nearDuplicateGroups, type CopiedTextOptions, type TextPost } from './text-similarity';
import { wordsOf, type AccountKey, type ClusterEvidence } from '../core/evidence';
import { counted, otherAccounts, said, type Said } from '../core/i18n/said';

/** One item both kinds share: a day, what was shared, and who shared it. */
interface RingItem {
  day: string;
  shared: string;
  /** What the reason quotes. */
  quote: string;
  accounts: ReadonlySet<AccountKey>;
}

const handleOf = (key: AccountKey): string => `@${key.slice(key.indexOf(':') + 1)}`;

/** Co-action over ring items: each item's accounts acted on it on its day. */
function repeated(signal: 'copied-text' | 'hashtag-burst', items: readonly RingItem[], rules: CoActionRules, only: AccountKey | undefined, say: (acc: CoActionAccount, item: RingItem) => Said): Map<AccountKey, ClusterEvidence> {
  const acts: CoAct[] = [];
  items.forEach((it, i) => {
    const at = Date.parse(`${it.day}T00:00:00Z`);
    for (const a of it.accounts) acts.push({ accountKey: a, item: String(i), at: Number.isFinite(at) ? at : 0 });
  });
  // The largest item of each account: what its evidence shows (the first seen between equals).
  const largest = new Map<AccountKey, RingItem>();
  for (const it of items) for (const a of it.accounts) if ((largest.get(a)?.accounts.size ?? 0) < it.accounts.size) largest.set(a, it);
  const out = new Map<AccountKey, ClusterEvidence>();
  for (const [key, acc] of findCoAction(acts, rules)) {
    if (only !== undefined && key !== only) continue;
    const it = largest.get(key)!;
    const threshold = COORDINATION_RULES.threshold;
    out.set(key, {
      signal, score: coActionScore(acc, rules), threshold, fired: true,
      count: acc.partnerCount, accounts: acc.partners.map((p) => other(p, key)), truncated: acc.partnerCount > acc.partners.length,
      day: it.day, shared: it.shared, ...wordsOf(say(acc, it)),
    });
  }
  return out;
}

/** `copied-text`: near-copies of several texts (or one text on several days) with the same accounts. */
export function findRepeatedCopiedText(posts: readonly TextPost[], opts: Pick<CopiedTextOptions, 'minChars' | 'minJaccard'>, rules: CoActionRules = COORDINATION_RULES.copiedText, only?: AccountKey): Map<AccountKey, ClusterEvidence> {
  const items: RingItem[] = [];
  for (const g of nearDuplicateGroups(posts, opts)) {
    const accounts = new Set(g.map((p) => p.accountKey));
    if (accounts.size < 2) continue;
    const first = g[0]!;
    items.push({ day: first.day, shared: first.excerpt, quote: `${first.excerpt}${first.length > first.excerpt.length ? '…' : ''}`, accounts });
  }
  return repeated('copied-text', items, rules, only, (acc, it) => {
    const top = acc.partners[0];
    const most = top ? said('reasonMostTexts', handleOf(other(top, acc.accountKey)), counted(top.items, 'countTextOne', 'countTexts')) : '';
    return said('reasonRepeatedTexts', counted(acc.items, 'countTextOne', 'countTexts'), otherAccounts(acc.partnerCount), counted(acc.days, 'countDayOne', 'countDays'), most, it.quote);
  });
}

/** `hashtag-burst`: the same hashtag sets as the same accounts, on several sets or days. */
export function findRepeatedHashtagBursts(posts: readonly TagPost[], opts: Pick<HashtagBurstOptions, 'minCohesion'>, rules: CoActionRules = COORDINATION_RULES.hashtagBurst, only?: AccountKey): Map<AccountKey, ClusterEvidence> {
  const items: RingItem[] = hashtagGroups(posts, { minAccounts: 2, minCohesion: opts.minCohesion }).map((g) => ({ day: g.day, shared: g.tags, quote: g.tags, accounts: g.accounts }));
  return repeated('hashtag-burst', items, rules, only, (acc, it) => {
    const top = acc.partners[0];
    const most = top ? said('reasonMost', handleOf(other(top, acc.accountKey))) : '';
    return said('reasonRepeatedHashtags', otherAccounts(acc.partnerCount), counted(acc.items, 'countTimeOne', 'countTimes'), counted(acc.days, 'countDayOne', 'countDays'), most, it.quote, { day: it.day });
  });
}
