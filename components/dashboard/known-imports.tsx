import { useState } from 'preact/hooks';
import type { ImportProgress } from '../../utils/import/import-tweets';
import { skippedText } from '../../utils/import/csv-report';
import type { DashboardDeps } from './types';
import { formatPercent, t } from '../../core/i18n/translate';

export interface KnownImportsProps {
  importKnownAccounts: DashboardDeps['importKnownAccounts'];
  importKnownTweets: DashboardDeps['importKnownTweets'];
  /** Called after an import so the accounts are assessed again. */
  onImported: () => void;
}

const share = (p: ImportProgress): number | null => (p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : null);

/** Imports of a known network: a users CSV or account list, and a tweets CSV streamed with a progress bar. */
export function KnownImports({ importKnownAccounts, importKnownTweets, onImported }: KnownImportsProps) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [message, setMessage] = useState('');
  const fail = (what: string) => (e: unknown) => setMessage(t('dashJobFailed', what, e instanceof Error ? e.message : String(e)));
  const pick = (run: (file: File) => void) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) run(file);
  };
  const accounts = (file: File) =>
    importKnownAccounts(file).then((r) => {
      const done = t('dashAccountsImported', file.name, r.accounts);
      setMessage(r.skipped ? t('dashAccountsSkipped', done, r.skipped) : done);
      onImported();
    }, fail(t('dashJobAccountsImport')));
  const tweets = (file: File) => {
    setMessage('');
    setProgress({ rows: 0, kept: 0, bytes: 0, totalBytes: file.size, skipped: {} });
    importKnownTweets(file, setProgress).then((p) => {
      setProgress(null);
      const malformed = skippedText(p.skipped);
      const done = t('dashTweetsImported', file.name, p.rows, p.kept);
      setMessage(malformed ? t('dashTweetsMalformed', done, malformed) : done);
      onImported();
    }, (e: unknown) => {
      setProgress(null);
      fail(t('dashJobTweetsImport'))(e);
    });
  };
  const s = progress ? share(progress) : null;
  return (
    <section class="known-imports" aria-label={t('dashKnownNetworks')}>
      <h2>{t('dashKnownNetworks')}</h2>
      <p class="hint">{t('dashKnownHint')}</p>
      <label class="file">{t('dashImportUsers')} <input type="file" accept=".csv,.txt,text/csv,text/plain" disabled={progress !== null} onChange={pick(accounts)} /></label>
      <label class="file">{t('dashImportTweets')} <input type="file" accept=".csv,text/csv" disabled={progress !== null} onChange={pick(tweets)} /></label>
      {progress && (
        <p role="status" class="import-progress">
          <progress max={1} value={s ?? undefined} aria-label={t('dashImportProgressLabel')} /> {s !== null ? `${formatPercent(s)} · ` : ''}
          {t('dashImportRows', progress.rows, progress.kept)}
        </p>
      )}
      {message && <pre class="message" role="status">{message}</pre>}
    </section>
  );
}
