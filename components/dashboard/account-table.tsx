import type { ExportAccount } from '../../utils/export/types';
import type { Filters, SortKey } from './filters';
import { siteEntry } from '../../sites/registry';
import { formatDay, formatNumber, t, type MessageKey } from '../../core/i18n/translate';
import { BAND_WORD, REVIEW_WORD } from './dashboard-words';

export interface AccountTableProps {
  rows: readonly ExportAccount[];
  filters: Filters;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (key: string, on: boolean) => void;
  onOpen: (key: string) => void;
}

const COLS: Array<[SortKey, MessageKey]> = [['risk', 'dashColRisk'], ['handle', 'dashColAccount'], ['platform', 'dashColPlatform'], ['firstSeen', 'dashColFirstSeen'], ['lastSeen', 'dashColLastSeen'], ['review', 'dashColReview']];
/** A sighting's UTC day, the locale's way (the export keeps ISO 8601). */
const date = (ms: number): string => formatDay(new Date(ms).toISOString().slice(0, 10));

/** The flagged-accounts table: sortable headers, a checkbox per row for "Export selection". */
export function AccountTable({ rows, filters, onSort, selected, onSelect, onOpen }: AccountTableProps) {
  if (rows.length === 0) return <p class="empty">{t('dashNoMatch')}</p>;
  return (
    <table class="accounts">
      <thead>
        <tr>
          <th><span class="sr">{t('dashSelect')}</span></th>
          {COLS.map(([key, label]) => (
            <th key={key} aria-sort={filters.sort === key ? (filters.desc ? 'descending' : 'ascending') : 'none'}>
              <button type="button" onClick={() => onSort(key)}>{t(label)}{filters.sort === key ? (filters.desc ? ' ▼' : ' ▲') : ''}</button>
            </th>
          ))}
          <th>{t('dashColSignals')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.key} data-account={a.key} data-band={a.band}>
            <td><input type="checkbox" aria-label={t('dashSelectAccount', a.key)} checked={selected.has(a.key)} onChange={(e) => onSelect(a.key, e.currentTarget.checked)} /></td>
            <td class={`risk ${a.band}`}>{formatNumber(a.risk)} <small>{t(BAND_WORD[a.band])}</small></td>
            <td>
              <button type="button" class="link" onClick={() => onOpen(a.key)}>@{a.handle}</button>
              <span class="name">{a.displayNames.at(-1) ?? ''}</span>
            </td>
            <td>{siteEntry(a.platform).label}</td>
            <td>{date(a.firstSeen)}</td>
            <td>{date(a.lastSeen)}</td>
            <td>{t(REVIEW_WORD[a.review.status])}</td>
            <td>{a.reasons.map((r) => r.signal).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
