/** The second pass of co-action: each account's evidence over its qualifying pairs, and its score. */
import type { CoActionAccount, CoActionPair, CoActionRules } from './co-action';
import type { AccountKey } from '../core/evidence';
import type { UnionFind } from './union-find';
import { DAY_MS, forEachCoAction } from './co-action-window';

/** Second pass: each account's distinct items, weight and days over its qualifying pairs, and its strongest partners. */
export function accountEvidence(
  items: readonly { acts: { acc: number; at: number }[]; weight: number }[],
  qualifying: ReadonlyMap<number, CoActionPair>,
  sets: UnionFind,
  keys: readonly AccountKey[],
  rules: CoActionRules,
): Map<AccountKey, CoActionAccount> {
  const n = keys.length;
  const acc = new Map<number, { items: number; weight: number; days: Set<number>; maxGap: number; lastItem: number; partners: CoActionPair[] }>();
  const entry = (i: number) => {
    let e = acc.get(i);
    if (!e) acc.set(i, (e = { items: 0, weight: 0, days: new Set(), maxGap: 0, lastItem: -1, partners: [] }));
    return e;
  };
  for (const [id, p] of qualifying) {
    entry(Math.floor(id / n)).partners.push(p);
    entry(id % n).partners.push(p);
  }
  items.forEach((it, itemNo) => {
    forEachCoAction(it.acts, rules.windowMs, (x, y, gap, at) => {
      if (!qualifying.has(x < y ? x * n + y : y * n + x)) return;
      for (const i of [x, y]) {
        const e = entry(i);
        e.maxGap = Math.max(e.maxGap, gap);
        e.days.add(Math.floor(at / DAY_MS));
        if (e.lastItem === itemNo) continue;
        e.lastItem = itemNo;
        e.items++;
        e.weight += it.weight;
      }
    });
  });
  const smallest = new Map<number, AccountKey>();
  const size = new Map<number, number>();
  for (const i of acc.keys()) {
    const root = sets.find(i);
    const k = keys[i]!;
    const s = smallest.get(root);
    if (s === undefined || k < s) smallest.set(root, k);
    size.set(root, (size.get(root) ?? 0) + 1);
  }
  const out = new Map<AccountKey, CoActionAccount>();
  for (const [i, e] of acc) {
    const root = sets.find(i);
    const partners = e.partners.sort((p, q) => q.weight - p.weight || q.items - p.items || (other(p, keys[i]!) < other(q, keys[i]!) ? -1 : 1));
    out.set(keys[i]!, {
      accountKey: keys[i]!, partners: partners.slice(0, rules.maxLinks), partnerCount: partners.length,
      items: e.items, weight: e.weight, days: e.days.size, maxGapMs: e.maxGap, cluster: smallest.get(root)!, clusterSize: size.get(root)!,
    });
  }
  return out;
}

/**
 * The score of a qualifying account: 0.5 (the threshold) at the least evidence that qualifies, growing
 * with its partners (4 or more give 1, as copied text's rings always did) or with its repetition (twice the
 * minimum number of shared items gives 1).
 */
export function coActionScore(acc: Pick<CoActionAccount, 'partnerCount' | 'items'>, rules: Pick<CoActionRules, 'minItems'>): number {
  return Math.min(1, Math.max(0.5, acc.partnerCount / 4, (0.5 * acc.items) / rules.minItems));
}

/** The other side of a pair. */
export function other(p: CoActionPair, self: AccountKey): AccountKey {
  return p.a === self ? p.b : p.a;
}
