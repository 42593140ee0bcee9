import { accountKey } from '../../signals/account-key';
import type { AccountKey } from '../../core/evidence';
import { LINK_COLUMNS } from './columns';
import { toCsv } from './csv-cell';
import type { ExportAccount, ExportLink } from './types';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Each pair once per kind: the smaller key first. */
function pair(x: AccountKey, y: AccountKey): [AccountKey, AccountKey] {
  return x < y ? [x, y] : [y, x];
}

/**
 * Every link between accounts in an export: the clusters' shared pictures, texts and hashtag sets, the
 * same picture across platforms, and renames (one platform id seen under two handles).
 */
export function exportLinks(accounts: readonly ExportAccount[]): ExportLink[] {
  const out = new Map<string, ExportLink>();
  const add = (x: AccountKey, y: AccountKey, kind: ExportLink['kind'], evidence: string): void => {
    if (x === y) return;
    const [a, b] = pair(x, y);
    const id = `${a}|${b}|${kind}`;
    if (!out.has(id)) out.set(id, { a, b, kind, evidence });
  };
  for (const acc of accounts) {
    for (const c of acc.clusters) {
      const when = c.day ? ` on ${c.day}` : '';
      const evidence = c.signal === 'cross-platform' ? `${c.reason} (picture ${c.shared})` : `${c.shared}${when}`;
      for (const other of c.accounts) add(acc.key, other, c.signal, evidence);
    }
    const handles = acc.history.filter((h) => h.field === 'handle').sort((a, b) => a.firstSeen - b.firstSeen);
    if (acc.accountId && handles.length > 1)
      for (const h of handles) {
        const evidence = `${acc.platform} id ${acc.accountId} seen as ${handles.map((x) => `@${x.value} (${day(x.firstSeen)})`).join(', ')}`;
        add(acc.key, accountKey(acc.platform, h.value), 'same-account-id', evidence);
      }
  }
  return [...out.values()].sort((x, y) => `${x.a}|${x.b}|${x.kind}`.localeCompare(`${y.a}|${y.b}|${y.kind}`));
}

/** links.csv: account_a, account_b, kind, evidence. */
export function linksCsv(links: readonly ExportLink[]): string {
  return toCsv(LINK_COLUMNS.map(([name]) => name), links.map((l) => [l.a, l.b, l.kind, l.evidence]));
}
