import type { RiskBand } from './verdict';

/** What a badge shows once its avatar is checked: a band, or why the avatar has none. */
export type BadgeBand = RiskBand | 'no-face' | 'error';

const RANK: Record<RiskBand, number> = { low: 0, medium: 1, high: 2 };

/**
 * The badge's rule: the stronger of the avatar check and the account's fused risk. The avatar alone never
 * makes 'high': at a 0.05% base rate about 9 in 10 single-signal flags would be real people
 * (docs/risk-defaults.md), so 'high' needs the fused risk, i.e. independent evidence. Without a face or a
 * check, the account still stands out when its other evidence does.
 */
export function badgeState(image: RiskBand | 'no-face' | 'error' | null, account: RiskBand | null): { band: RiskBand; state: BadgeBand } {
  const capped = image === 'high' ? 'medium' : (image ?? 'low');
  if (account === null) return { band: capped === 'medium' ? 'medium' : 'low', state: capped };
  if (capped === 'low' || capped === 'medium') return { band: account, state: RANK[account] > RANK[capped] ? account : capped };
  return { band: account, state: account === 'low' ? capped : account };
}
