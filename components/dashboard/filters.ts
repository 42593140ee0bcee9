import type { SignalId } from '../../core/evidence';
import type { ExportAccount } from '../../utils/export/types';
import type { Site } from '../../core/sighting';

/** What the table shows: 'flagged' = medium or high. */
export type BandFilter = 'flagged' | 'all' | 'high' | 'medium' | 'low';
export type SortKey = 'risk' | 'handle' | 'platform' | 'lastSeen' | 'firstSeen' | 'review';

export interface Filters {
  platform: Site | 'all';
  band: BandFilter;
  signal: SignalId | 'any';
  /** YYYY-MM-DD, inclusive, on last seen (UTC); '' = open. */
  from: string;
  to: string;
  text: string;
  sort: SortKey;
  desc: boolean;
}

export const DEFAULT_FILTERS: Filters = { platform: 'all', band: 'flagged', signal: 'any', from: '', to: '', text: '', sort: 'risk', desc: true };

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function matches(a: ExportAccount, f: Filters): boolean {
  if (f.platform !== 'all' && a.platform !== f.platform) return false;
  if (f.band === 'flagged' ? a.band === 'low' : f.band !== 'all' && a.band !== f.band) return false;
  if (f.signal !== 'any' && !a.reasons.some((r) => r.signal === f.signal)) return false;
  if (f.from && day(a.lastSeen) < f.from) return false;
  if (f.to && day(a.firstSeen) > f.to) return false;
  const q = f.text.trim().toLowerCase();
  return !q || a.key.includes(q) || a.displayNames.some((n) => n.toLowerCase().includes(q));
}

const VALUE: Record<SortKey, (a: ExportAccount) => string | number> = {
  risk: (a) => a.risk,
  handle: (a) => a.handle.toLowerCase(),
  platform: (a) => a.platform,
  lastSeen: (a) => a.lastSeen,
  firstSeen: (a) => a.firstSeen,
  review: (a) => a.review.status,
};

/** The accounts the table shows, filtered and sorted (ties broken by key so the order is stable). */
export function applyFilters(accounts: readonly ExportAccount[], f: Filters): ExportAccount[] {
  const get = VALUE[f.sort];
  const dir = f.desc ? -1 : 1;
  return accounts.filter((a) => matches(a, f)).sort((a, b) => {
    const x = get(a);
    const y = get(b);
    return (x < y ? -1 : x > y ? 1 : 0) * dir || a.key.localeCompare(b.key);
  });
}

/** Clicking a column header: sort by it, or flip the direction when it already is. */
export function toggleSort(f: Filters, key: SortKey): Filters {
  return f.sort === key ? { ...f, desc: !f.desc } : { ...f, sort: key, desc: key === 'risk' || key === 'lastSeen' || key === 'firstSeen' };
}
