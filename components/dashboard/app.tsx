import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ExportAccount, ExportPost } from '../../utils/export/types';
import { AccountTable } from './account-table';
import { AccountView } from './account-view';
import { ClusterGraph } from './cluster-graph';
import { DataTools } from './data-tools';
import { KnownImports } from './known-imports';
import { FilterBar } from './filter-bar';
import { applyFilters, DEFAULT_FILTERS, toggleSort } from './filters';
import type { DashboardDeps } from './types';
import { t, textDirection, uiLocale } from '../../core/i18n/translate';

type Data = { accounts: ExportAccount[]; posts: ExportPost[] };

/** The dashboard page: flagged accounts, one account's evidence, the cluster picture, export and data tools. */
export function App({ deps, autoExport = false }: { deps: DashboardDeps; autoExport?: boolean }) {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState('');
  const [filters, setFilters] = useState(DEFAULT_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const [view, setView] = useState<'table' | 'clusters'>('table');
  const [busy, setBusy] = useState('');

  const reload = useCallback(() => deps.load().then(setData, (e: unknown) => setError(t('dashStoreError', String(e)))), [deps]);
  useEffect(() => void reload(), [reload]);
  const rows = useMemo(() => (data ? applyFilters(data.accounts, filters) : []), [data, filters]);
  const current = open ? data?.accounts.find((a) => a.key === open) ?? null : null;

  const doExport = (select?: readonly string[]) => {
    setBusy(t('dashExporting'));
    deps.exportZip(select).then(() => setBusy(t('dashExportDone')), (e: unknown) => setBusy(t('dashExportFailed', String(e))));
  };
  // The popup's "Export" opens us with #export: export everything once, without another click.
  useEffect(() => {
    if (autoExport) doExport();
  }, []);

  return (
    <main class="dashboard" lang={uiLocale()} dir={textDirection()}>
      <header class="top">
        <h1>{t('dashTitle')}</h1>
        <nav>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>{t('dashViewAccounts')}</button>
          <button type="button" aria-pressed={view === 'clusters'} onClick={() => setView('clusters')}>{t('dashViewClusters')}</button>
        </nav>
        <div class="actions">
          <button type="button" disabled={selected.size === 0} onClick={() => doExport([...selected])}>{t('dashExportSelection', selected.size)}</button>
          <button type="button" onClick={() => doExport()}>{t('dashExportAll')}</button>
        </div>
      </header>
      {busy && <p role="status" class="status">{busy}</p>}
      {error && <p role="alert" class="error">{error}</p>}
      <p class="hint">{t('dashHint')}</p>
      {!data && !error && <p>{t('dashLoading')}</p>}
      {data && view === 'table' && (
        <>
          <FilterBar filters={filters} onChange={setFilters} />
          <p class="count">{t('dashCount', rows.length, data.accounts.length)}</p>
          <AccountTable
            rows={rows}
            filters={filters}
            onSort={(k) => setFilters(toggleSort(filters, k))}
            selected={selected}
            onSelect={(k, on) => setSelected((s) => { const n = new Set(s); if (on) n.add(k); else n.delete(k); return n; })}
            onOpen={setOpen}
          />
        </>
      )}
      {data && view === 'clusters' && <ClusterGraph accounts={data.accounts} onOpen={setOpen} />}
      {current && data && (
        <AccountView
          account={current}
          posts={data.posts}
          onOpen={setOpen}
          onClose={() => setOpen(null)}
          onReview={(r) => void deps.saveReview(current.key, r).then(reload)}
        />
      )}
      {open && !current && <p class="hint">{t('dashNotStored', open)}</p>}
      <KnownImports importKnownAccounts={deps.importKnownAccounts} importKnownTweets={deps.importKnownTweets} onImported={() => void reload()} />
      <DataTools exportSettings={deps.exportSettings} importSettings={(j) => deps.importSettings(j)} clearAll={() => deps.clearAll().then(reload)} />
    </main>
  );
}
