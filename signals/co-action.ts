/**
 * Co-action, as researchers of real takedowns measure it (Keller et al. 2020; Pacheco et al. 2021;
 * CooRnet/CooRTweet, Righetti & Balluff 2023): two accounts act on the same item (repost the same post,
 * post the same text, use the same hashtag set) within a short window of each other, and do so again and
 * again, on several items. Each shared item weighs by how rare it is, so one viral post that thousands
 * repost once is no evidence, while the same few accounts acting together repeatedly is.
 *
 * One pass over the items, each sorted by time: a pair of accounts is counted once per item on which
 * their actions fall within the window. Items acted on by more than `maxItemAccounts` accounts are left
 * out (their weight would be near nothing, and their pairs quadratic). Memory is one entry per pair that
 * co-acted at least once, which the window and that cap keep near-linear in the actions.
 */
import type { AccountKey } from '../core/evidence';
import { UnionFind } from './union-find';
import { accountEvidence } from './co-action-accounts';
import { DAY_MS, forEachCoAction } from './co-action-window';

export { coActionScore, other } from './co-action-accounts';

/** One account acting on one item at one time. */
export interface CoAct {
  accountKey: AccountKey;
  /** What was acted on: an original post's id, a near-duplicate text group, a hashtag set and day. */
  item: string;
  /** Epoch ms. */
  at: number;
  /** How many accounts the item's page says acted on it (a post's shown repost count); the archive's own count otherwise. */
  shownCount?: number | null;
}

/** The rules, chosen on data (docs/signals.md, "Coordination as researchers measure it"). */
export interface CoActionRules {
  /** Two actions on one item this close in time are a co-action. */
  windowMs: number;
  /** Distinct items a pair must have co-acted on. */
  minItems: number;
  /** The pair's summed item weights must reach this (weights: `itemWeight`). */
  minWeight: number;
  /** Items acted on by more accounts than this carry no evidence. */
  maxItemAccounts: number;
  /** Strongest partners kept per account (links), and listed in its evidence. */
  maxLinks: number;
}

/**
 * An item's weight by how many accounts acted on it: 1 for a pair, falling as the item spreads
 * (1 / log2 of the count), as inverse document frequency does, and 0 past `maxItemAccounts`.
 */
export function itemWeight(accounts: number, rules: Pick<CoActionRules, 'maxItemAccounts'>): number {
  if (accounts > rules.maxItemAccounts) return 0;
  return 1 / Math.log2(Math.max(2, accounts));
}

/** A pair of accounts that co-acted repeatedly enough, with what they shared. */
export interface CoActionPair {
  a: AccountKey;
  b: AccountKey;
  items: number;
  weight: number;
  /** Distinct UTC days of their co-actions. */
  days: number;
  /** The largest gap between their two actions on one item (ms). */
  maxGapMs: number;
}

/** One account's co-action evidence. */
export interface CoActionAccount {
  accountKey: AccountKey;
  /** Partners (qualifying pairs), strongest first, at most `maxLinks`. */
  partners: CoActionPair[];
  /** All qualifying partners, listed or not. */
  partnerCount: number;
  /** Distinct items it co-acted on with a qualifying partner, their summed weights and their UTC days. */
  items: number;
  weight: number;
  days: number;
  maxGapMs: number;
  /** Cluster: the smallest account key of its connected group of qualifying pairs. */
  cluster: AccountKey;
  clusterSize: number;
}

interface PairAcc {
  items: number;
  weight: number;
  lastItem: number;
  days: Set<number> | number;
  maxGap: number;
}

/** Per-account co-action evidence over every action (an archive, or the actions a browser saw). */
export function findCoAction(acts: readonly CoAct[], rules: CoActionRules): Map<AccountKey, CoActionAccount> {
  const index = new Map<AccountKey, number>();
  const keys: AccountKey[] = [];
  const byItem = new Map<string, { acc: number; at: number }[]>();
  const shown = new Map<string, number>();
  for (const a of acts) {
    if (!Number.isFinite(a.at)) continue;
    let i = index.get(a.accountKey);
    if (i === undefined) {
      index.set(a.accountKey, (i = keys.length));
      keys.push(a.accountKey);
    }
    const list = byItem.get(a.item);
    if (list) list.push({ acc: i, at: a.at });
    else byItem.set(a.item, [{ acc: i, at: a.at }]);
    if (a.shownCount != null && a.shownCount > (shown.get(a.item) ?? 0)) shown.set(a.item, a.shownCount);
  }
  // Each item: its accounts' first action, in time order, and its weight.
  const items: { acts: { acc: number; at: number }[]; weight: number }[] = [];
  for (const [item, list] of byItem) {
    const first = new Map<number, number>();
    for (const x of list) first.set(x.acc, Math.min(first.get(x.acc) ?? Infinity, x.at));
    if (first.size < 2) continue;
    const weight = itemWeight(Math.max(first.size, shown.get(item) ?? 0), rules);
    if (weight === 0) continue;
    items.push({ acts: [...first].map(([acc, at]) => ({ acc, at })).sort((p, q) => p.at - q.at), weight });
  }
  const n = keys.length;
  const pairs = new Map<number, PairAcc>();
  items.forEach((it, itemNo) => {
    forEachCoAction(it.acts, rules.windowMs, (x, y, gap, at) => {
      const [a, b] = x < y ? [x, y] : [y, x];
      const id = a * n + b;
      let p = pairs.get(id);
      if (!p) pairs.set(id, (p = { items: 0, weight: 0, lastItem: -1, days: Math.floor(at / DAY_MS), maxGap: 0 }));
      if (p.lastItem === itemNo) return;
      p.lastItem = itemNo;
      p.items++;
      p.weight += it.weight;
      p.maxGap = Math.max(p.maxGap, gap);
      const day = Math.floor(at / DAY_MS);
      if (typeof p.days === 'number') {
        if (p.days !== day) p.days = new Set([p.days, day]);
      } else p.days.add(day);
    });
  });
  // Qualifying pairs only from here.
  const qualifying = new Map<number, CoActionPair>();
  const sets = new UnionFind(n);
  for (const [id, p] of pairs) {
    if (p.items < rules.minItems || p.weight < rules.minWeight) continue;
    const a = Math.floor(id / n);
    const b = id % n;
    sets.union(a, b);
    qualifying.set(id, { a: keys[a]!, b: keys[b]!, items: p.items, weight: p.weight, days: typeof p.days === 'number' ? 1 : p.days.size, maxGapMs: p.maxGap });
  }
  pairs.clear();
  return accountEvidence(items, qualifying, sets, keys, rules);
}
