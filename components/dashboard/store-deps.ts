import type { EvidenceDb } from '../../utils/db/schema';
import { downloadBytes, exportFilename } from '../../utils/export/download';
import { exportFromStore } from '../../utils/export/export-from-store';
import { loadStoredEvidence } from '../../utils/export/load-store';
import { saveReview } from '../../utils/export/reviews';
import type { AccountKey } from '../../core/evidence';
import { loadSettings, saveSettings } from '../../utils/settings';
import { parseSettingsFile, settingsFileJson } from '../../utils/settings-file';
import type { DashboardDeps } from './types';
import { parseKnownAccounts } from '../../signals/known-accounts';
import { getMeta, putMeta } from '../../utils/db/meta';
import { importArchive } from '../../utils/db/known-tweets';
import { readableChunks } from '../../utils/import/readable-chunks';

/** The dashboard's deps on the real evidence store (the page is an extension page: same origin as the store). */
export function storeDeps(db: EvidenceDb, version: string): DashboardDeps {
  return {
    load: async () => loadStoredEvidence(db, await loadSettings()),
    saveReview: (key, review) => saveReview(db, key as AccountKey, review),
    async exportZip(select) {
      const now = Date.now();
      const zip = await exportFromStore(db, await loadSettings(), { version, now, stix: true, ...(select ? { select } : {}) });
      downloadBytes(zip, exportFilename(now, select !== undefined));
    },
    async exportSettings() {
      const json = settingsFileJson(await loadSettings());
      downloadBytes(new TextEncoder().encode(json), 'sockscope-settings.json', 'application/json');
    },
    async importSettings(json) {
      // Only Sockscope's own settings file; anything else is refused with a reason, nothing changed.
      await saveSettings(parseSettingsFile(json));
    },
    async importKnownAccounts(file) {
      const list = parseKnownAccounts(await file.text(), file.name);
      const lists = ((await getMeta(db, 'knownAccounts')) ?? []).filter((l) => l.source !== file.name);
      await putMeta(db, 'knownAccounts', [...lists, { source: list.source, keys: list.keys, importedAt: Date.now() }]);
      return { accounts: list.keys.length, skipped: list.skipped.length };
    },
    importKnownTweets: (file, onProgress) => importArchive(db, readableChunks(file.stream()), { source: file.name, totalBytes: file.size, onProgress }),
    async clearAll() {
      // Evidence and reviews go; the user's own configuration in meta (retention, risk weights, known lists) stays.
      const tx = db.transaction(['accounts', 'observations', 'images', 'phashes', 'meta'], 'readwrite');
      const stores = ['accounts', 'observations', 'images', 'phashes'] as const;
      await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.objectStore('meta').delete('reviews'), tx.done]);
    },
  };
}
