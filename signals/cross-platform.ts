import { accountWebLabel } from './account-label';
import { siteOfKey, type AvatarLinks } from './reused-avatar';
import { wordsOf, type AccountKey, type ClusterEvidence } from '../core/evidence';
import { said, type Said } from '../core/i18n/said';

/** How many linked accounts a reason names before "and N more". */
const NAMED = 3;


/**
 * Accounts showing the same picture (perceptual hash within the reuse threshold, or the same file) as
 * an account of ANOTHER platform: "Same picture as <the other account's web label>, seen 2026-12-01". Score 1 when
 * present; the fusion gives it few points (a person's own accounts share pictures).
 */
export function findCrossPlatform(links: AvatarLinks, maxListed = 20): Map<AccountKey, ClusterEvidence> {
  const out = new Map<AccountKey, ClusterEvidence>();
  for (const [key, all] of links) {
    const others = [...all].filter(([other]) => siteOfKey(other) !== siteOfKey(key)).sort(([a], [b]) => a.localeCompare(b));
    if (others.length === 0) continue;
    const named: Said[] = others.slice(0, NAMED).map(([k, l]) => (l.seenAt !== null ? said('reasonAccountSeenOn', accountWebLabel(k), { day: new Date(l.seenAt).toISOString().slice(0, 10) }) : said('reasonAccount', accountWebLabel(k))));
    const more = others.length > NAMED ? said('reasonAndMore', others.length - NAMED) : '';
    const exact = others.every(([, l]) => l.sameFile);
    out.set(key, {
      signal: 'cross-platform',
      score: 1,
      threshold: 1,
      fired: true,
      count: others.length,
      accounts: others.slice(0, maxListed).map(([k]) => k),
      truncated: others.length > maxListed,
      day: null,
      shared: others[0]?.[1].hash ?? '',
      ...wordsOf(said(exact ? 'reasonCrossPlatformExact' : 'reasonCrossPlatform', { all: named }, more)),
    });
  }
  return out;
}
