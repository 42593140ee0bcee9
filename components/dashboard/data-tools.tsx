import { useState } from 'preact/hooks';

export interface DataToolsProps {
  /** Downloads the settings as a JSON file. */
  exportSettings: () => Promise<void>;
  importSettings: (json: string) => Promise<void>;
  clearAll: () => Promise<void>;
}

/** Settings import/export as JSON and "Clear all data" behind a confirmation. */
export function DataTools({ exportSettings, importSettings, clearAll }: DataToolsProps) {
  const [message, setMessage] = useState('');
  const run = (what: string, job: () => Promise<void>) => () =>
    job().then(() => setMessage(`${what}: done`), (e: unknown) => setMessage(`${what} failed: ${e instanceof Error ? e.message : String(e)}`));
  return (
    <section class="data-tools" aria-label="Data">
      <h2>Data</h2>
      <button type="button" onClick={run('Settings export', exportSettings)}>Export settings</button>
      <label class="file">
        Import settings <input type="file" accept="application/json,.json" onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void run('Settings import', async () => importSettings(await file.text()))();
        }} />
      </label>
      <button type="button" class="danger" onClick={() => {
        // A native confirm: unmistakable, and can't be clicked through by a stray double click.
        if (window.confirm('Delete every account, post, image result and review Sockscope has stored? Settings and imported lists are kept. This cannot be undone.')) void run('Clear all data', clearAll)();
      }}>Clear all data</button>
      {message && <pre class="message" role="status">{message}</pre>}
    </section>
  );
}
