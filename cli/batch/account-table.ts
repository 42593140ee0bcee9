/**
 * accounts.parquet: the columns of the export's accounts.csv, taken from its own definitions
 * (ACCOUNT_COLUMNS and accountRow), so a column added there appears here with no change.
 */
import { ACCOUNT_COLUMNS, SIGNAL_COLUMNS } from '../../utils/export/columns';
import { accountRow } from '../../utils/export/tables';
import { NO_REVIEW, type ExportAccount } from '../../utils/export/types';
import type { AccountKey, SignalId } from '../../core/evidence';
import type { CellValue } from '../../utils/export/csv-cell';
import type { Cell, Column, Row } from './parquet/types';

/** An account with every field filled, so that accountRow shows each column's natural type. */
const PROBE: ExportAccount = {
  key: 'x:probe' as AccountKey, platform: 'x', handle: 'probe', displayNames: ['Probe'], profileUrl: 'https://example.org/probe',
  profile: { userid: '1', reportedLocation: 'l', profileDescription: 'd', followerCount: 1, followingCount: 1, accountCreationDate: '2020-01-01', accountLanguage: 'en' },
  risk: 1, band: 'low', signals: Object.fromEntries(SIGNAL_COLUMNS.map((s) => [s, 0.5])) as Partial<Record<SignalId, number>>,
  reasons: [], cap: null, clusters: [], firstSeen: 0, lastSeen: 0, avatars: [{ url: 'a', sha256: 's', phash: 'p', firstSeen: 0 }], imageUrl: 'a', image: null, review: NO_REVIEW, accountId: '1', history: [],
};

/** accounts.parquet's schema: numbers where accountRow gives numbers, booleans likewise, text otherwise. */
export const ACCOUNT_TABLE: readonly Column[] = (() => {
  const probe = accountRow(PROBE, () => 'f');
  return ACCOUNT_COLUMNS.map(([name], i) => {
    const v = probe[i];
    return { name, type: typeof v === 'number' ? 'DOUBLE' : typeof v === 'boolean' ? 'BOOLEAN' : 'STRING' } as const;
  });
})();

const cell = (v: CellValue, c: Column): Cell => {
  if (v === null || v === undefined) return null;
  if (c.type === 'STRING') return typeof v === 'string' ? v : String(v);
  return v;
};

/** One account's accounts.parquet row: accounts.csv's cells, unformatted. */
export function accountTableRow(a: ExportAccount, avatarFile: (url: string) => string | null): Row {
  const cells = accountRow(a, avatarFile);
  const row: Row = {};
  ACCOUNT_TABLE.forEach((c, i) => (row[c.name] = cell(cells[i], c)));
  return row;
}
