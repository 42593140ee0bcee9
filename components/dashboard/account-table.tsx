import type { ExportAccount } from '../../utils/export/types';
import type { Filters, SortKey } from './filters';

export interface AccountTableProps {
  rows: readonly ExportAccount[];
  filters: Filters;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (key: string, on: boolean) => void;
  onOpen: (key: string) => void;
}

const COLS: Array<[SortKey, string]> = [['risk', 'Risk'], ['handle', 'Account'], ['platform', 'Platform'], ['firstSeen', 'First seen'], ['lastSeen', 'Last seen'], ['review', 'Review']];
const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The flagged-accounts table: sortable headers, a checkbox per row for "Export selection". */
export function AccountTable({ rows, filters, onSort, selected, onSelect, onOpen }: AccountTableProps) {
  if (rows.length === 0) return <p class="empty">No accounts match. Browse X, Facebook or YouTube with Sockscope on, or change the filters.</p>;
  return (
    <table class="accounts">
      <thead>
        <tr>
          <th><span class="sr">Select</span></th>
          {COLS.map(([key, label]) => (
            <th key={key} aria-sort={filters.sort === key ? (filters.desc ? 'descending' : 'ascending') : 'none'}>
              <button type="button" onClick={() => onSort(key)}>{label}{filters.sort === key ? (filters.desc ? ' ▼' : ' ▲') : ''}</button>
            </th>
          ))}
          <th>Signals</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.key} data-account={a.key} data-band={a.band}>
            <td><input type="checkbox" aria-label={`Select ${a.key}`} checked={selected.has(a.key)} onChange={(e) => onSelect(a.key, e.currentTarget.checked)} /></td>
            <td class={`risk ${a.band}`}>{a.risk} <small>{a.band}</small></td>
            <td>
              <button type="button" class="link" onClick={() => onOpen(a.key)}>@{a.handle}</button>
              <span class="name">{a.displayNames.at(-1) ?? ''}</span>
            </td>
            <td>{a.platform}</td>
            <td>{date(a.firstSeen)}</td>
            <td>{date(a.lastSeen)}</td>
            <td>{a.review.status}</td>
            <td>{a.reasons.map((r) => r.signal).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
