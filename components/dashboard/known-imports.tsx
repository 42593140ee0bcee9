import { useState } from 'preact/hooks';
import type { ImportProgress } from '../../utils/import/import-tweets';
import { skippedText } from '../../utils/import/csv-report';
import type { DashboardDeps } from './types';

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
  const fail = (what: string) => (e: unknown) => setMessage(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
  const pick = (run: (file: File) => void) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) run(file);
  };
  const accounts = (file: File) =>
    importKnownAccounts(file).then((r) => {
      setMessage(`${file.name}: ${r.accounts} accounts${r.skipped ? ` (${r.skipped} rows skipped: hashed or empty names)` : ''}`);
      onImported();
    }, fail('Accounts import'));
  const tweets = (file: File) => {
    setMessage('');
    setProgress({ rows: 0, kept: 0, bytes: 0, totalBytes: file.size, skipped: {} });
    importKnownTweets(file, setProgress).then((p) => {
      setProgress(null);
      const malformed = skippedText(p.skipped);
      setMessage(`${file.name}: ${p.rows.toLocaleString('en')} rows read, ${p.kept.toLocaleString('en')} kept (retweets and short texts without hashtag sets are skipped)${malformed ? `; malformed rows left out: ${malformed}` : ''}`);
      onImported();
    }, (e: unknown) => {
      setProgress(null);
      fail('Tweets import')(e);
    });
  };
  const s = progress ? share(progress) : null;
  return (
    <section class="known-imports" aria-label="Known networks">
      <h2>Known networks</h2>
      <p class="hint">Takedown archives (Twitter's information-operations releases): accounts listed in the users file get the known-account signal; accounts posting near-copies of the tweets, their hashtag sets, get known-content.</p>
      <label class="file">Import users CSV or account list <input type="file" accept=".csv,.txt,text/csv,text/plain" disabled={progress !== null} onChange={pick(accounts)} /></label>
      <label class="file">Import tweets CSV <input type="file" accept=".csv,text/csv" disabled={progress !== null} onChange={pick(tweets)} /></label>
      {progress && (
        <p role="status" class="import-progress">
          <progress max={1} value={s ?? undefined} aria-label="Tweets import progress" /> {s !== null ? `${Math.round(s * 100)}% · ` : ''}
          {progress.rows.toLocaleString('en')} rows, {progress.kept.toLocaleString('en')} kept
        </p>
      )}
      {message && <pre class="message" role="status">{message}</pre>}
    </section>
  );
}
