import type { AuthorVerdict, RiskBand, RiskView } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { badgePropsFromVerdict } from './from-verdict';
import type { BadgeProps, Reason, Theme } from './types';
import { accountWebLabel } from '../../signals/account-label';
import { SIGNAL_INFO } from '../../signals/signal-info';
import type { SignalId } from '../../signals/types';

/** Signals whose reason alone doesn't say what they look for: the panel adds SIGNAL_INFO's sentence. */
const EXPLAINED: ReadonlySet<string> = new Set(['repurposed', 'non-photo-avatar', 'cross-platform', 'known-content']);

const RANK: Record<RiskBand, number> = { low: 0, medium: 1, high: 2 };

/**
 * Badge props for an author: the stronger of the avatar check (at the user's sensitivity) and the
 * account's fused risk, with every contribution's points and links to accounts in the same cluster.
 * The avatar alone never makes 'high': at a 0.05% base rate about 9 in 10 single-signal flags would be
 * real people (docs/risk-defaults.md), so 'high' needs the fused risk, i.e. independent evidence.
 */
export function badgePropsFromResult(result: AuthorVerdict | null, avatarUrl: string | null, settings: Settings, theme?: Theme): BadgeProps {
  const base = badgePropsFromVerdict(result?.verdict ?? null, avatarUrl, settings, theme);
  const risk = result?.risk;
  if (!risk || base.state === 'checking') return base.state === 'high' ? { ...base, state: 'medium' } : base;
  const state = mergeState(base.state, risk);
  return { ...base, state, reasons: [...riskReasons(risk), ...base.reasons] };
}

function mergeState(image: BadgeProps['state'], risk: RiskView): BadgeProps['state'] {
  if (image === 'high') image = 'medium';
  if (image === 'low' || image === 'medium') return RANK[risk.band] > RANK[image] ? risk.band : image;
  // No face / couldn't check: coordination evidence can still make the account stand out.
  return risk.band === 'low' ? image : risk.band;
}

function riskReasons(risk: RiskView): Reason[] {
  const out: Reason[] = [{ text: `Account risk ${risk.risk}/100 from all evidence${risk.cap ? ` (${risk.cap})` : ''}` }];
  for (const r of risk.reasons) {
    const cluster = risk.clusters.find((c) => c.signal === r.signal);
    // Across platforms "@name" is ambiguous: the label says which site (youtube.com/@name).
    const label = r.signal === 'cross-platform' ? accountWebLabel : accountLabel;
    const links = (cluster?.accounts ?? []).slice(0, 8).flatMap((a) => (a.profileUrl ? [{ label: label(a.key), href: a.profileUrl }] : []));
    const hint = EXPLAINED.has(r.signal) ? SIGNAL_INFO[r.signal as SignalId].explain : undefined;
    out.push({ text: r.reason, points: r.points, ...(links.length ? { links } : {}), ...(hint ? { hint } : {}) });
  }
  return out;
}

/** "@handle" for a stored account key (`site:handle`). */
function accountLabel(key: string): string {
  return `@${key.slice(key.indexOf(':') + 1)}`;
}
