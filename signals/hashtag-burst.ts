import { ringEvidence } from './ring-evidence';
import type { AccountKey, ClusterEvidence } from '../core/evidence';
import { said } from '../core/i18n/said';

/**
 * Order-insensitive key of a post's hashtag SET (NFKC, case-folded, '#' dropped), or null when it has
 * fewer than 2 distinct tags: a single popular tag is shared by ordinary users all the time.
 */
export function hashtagSetKey(tags: readonly string[]): string | null {
  const set = new Set(tags.map((t) => t.normalize('NFKC').replace(/^#/, '').toLowerCase().trim()).filter(Boolean));
  if (set.size < 2) return null;
  return [...set].sort().map((t) => `#${t}`).join(' ');
}

/** One post as the hashtag-burst signal sees it. */
export interface TagPost {
  accountKey: AccountKey;
  day: string;
  tagsKey?: string | null | undefined;
}

export interface HashtagBurstOptions {
  /** Distinct accounts (this one included) using the same set on one day. */
  minAccounts: number;
  /**
   * Accounts using the set ÷ accounts using its rarest tag that day. Campaign sets are cohesive (their
   * tags travel together, ≈ 1); popular pairs like "#news #breaking" are not. Without this, 21% of
   * 3,400 ordinary synthetic accounts were flagged (Zipf-popular tag pairs); see docs/risk-defaults.md.
   */
  minCohesion: number;
  maxListed: number;
}

export const HASHTAG_BURST_DEFAULTS: HashtagBurstOptions = { minAccounts: 4, minCohesion: 0.5, maxListed: 20 };

/** One day's hashtag set and the accounts that used it, when cohesive enough to count. */
export interface TagGroup {
  day: string;
  tags: string;
  accounts: Set<AccountKey>;
}

/**
 * The day's hashtag sets used by ≥ `minAccounts` accounts and cohesive (≥ minCohesion), in the order they
 * were first seen, which decides between two equally large bursts.
 */
export function hashtagGroups(posts: readonly TagPost[], opts: Pick<HashtagBurstOptions, 'minAccounts' | 'minCohesion'>): TagGroup[] {
  // Nested maps (day → set), not "set|day" strings: an assessment in a campaign visits the campaign's
  // every post, and would build and hash a fresh string for each.
  const byDay = new Map<string, Map<string, Set<AccountKey>>>();
  const groups: TagGroup[] = [];
  for (const p of posts) {
    if (!p.tagsKey) continue;
    let sets = byDay.get(p.day);
    if (!sets) byDay.set(p.day, (sets = new Map()));
    let accounts = sets.get(p.tagsKey);
    if (!accounts) {
      sets.set(p.tagsKey, (accounts = new Set()));
      groups.push({ day: p.day, tags: p.tagsKey, accounts });
    }
    accounts.add(p.accountKey);
  }
  const tagUsers = tagUserCounter(byDay);
  return groups.filter((g) => {
    if (g.accounts.size < opts.minAccounts) return false;
    const rarest = Math.min(...g.tags.split(' ').map((t) => tagUsers(g.day, t)));
    return g.accounts.size / rarest >= opts.minCohesion;
  });
}

/**
 * Accounts that used the same set of ≥ 2 hashtags as ≥ minAccounts − 1 other accounts on the same UTC day;
 * with `only`, that account alone. One burst: the signal itself asks for repetition (repeated-rings.ts).
 */
export function findHashtagBursts(
  posts: readonly TagPost[],
  opts: HashtagBurstOptions = HASHTAG_BURST_DEFAULTS,
  only?: AccountKey,
): Map<AccountKey, ClusterEvidence> {
  const out = new Map<AccountKey, ClusterEvidence>();
  const need = opts.minAccounts - 1;
  for (const g of hashtagGroups(posts, opts)) {
    if (only !== undefined && !g.accounts.has(only)) continue;
    // Sorted once per group, not once per member: a campaign's burst holds hundreds of accounts.
    const all = [...g.accounts].sort();
    const count = all.length - 1;
    for (const key of only === undefined ? all : [only]) {
      const prev = out.get(key);
      if (prev && prev.count >= count) continue;
      out.set(key, ringEvidence('hashtag-burst', key, all, need, opts.maxListed, { day: g.day, shared: g.tags, msg: said('reasonHashtagBurst', g.tags, count, { day: g.day }) }));
    }
  }
  return out;
}

/**
 * How many accounts used a tag on a day, in whichever set: the union of that day's sets that hold it.
 * Each day's sets are split once, when the day is first asked about.
 */
function tagUserCounter(byDay: ReadonlyMap<string, ReadonlyMap<string, Set<AccountKey>>>): (day: string, tag: string) => number {
  const index = new Map<string, Map<string, Set<AccountKey>[]>>();
  return (day, tag) => {
    let withTag = index.get(day);
    if (!withTag) {
      index.set(day, (withTag = new Map()));
      for (const [tags, accounts] of byDay.get(day) ?? [])
        for (const t of tags.split(' ')) {
          const list = withTag.get(t);
          if (list) list.push(accounts);
          else withTag.set(t, [accounts]);
        }
    }
    const sets = withTag.get(tag) ?? [];
    if (sets.length === 1) return (sets[0] as Set<AccountKey>).size;
    const union = new Set<AccountKey>();
    for (const s of sets) for (const a of s) union.add(a);
    return union.size;
  };
}
