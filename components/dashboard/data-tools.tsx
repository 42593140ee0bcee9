import { useState } from 'preact/hooks';
import { t } from '../../core/i18n/translate';

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
    job().then(() => setMessage(t('dashJobDone', what)), (e: unknown) => setMessage(t('dashJobFailed', what, e instanceof Error ? e.message : String(e))));
  return (
    <section class="data-tools" aria-label={t('dashData')}>
      <h2>{t('dashData')}</h2>
      <button type="button" onClick={run(t('dashJobSettingsExport'), exportSettings)}>{t('dashExportSettings')}</button>
      <label class="file">
        {t('dashImportSettings')} <input type="file" accept="application/json,.json" onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void run(t('dashJobSettingsImport'), async () => importSettings(await file.text()))();
        }} />
      </label>
      <button type="button" class="danger" onClick={() => {
        // A native confirm: unmistakable, and can't be clicked through by a stray double click.
        if (window.confirm(t('dashClearConfirm'))) void run(t('dashClearAll'), clearAll)();
      }}>{t('dashClearAll')}</button>
      {message && <pre class="message" role="status">{message}</pre>}
    </section>
  );
}
