import type { ExportAccount, ExportPost, Review } from '../../utils/export/types';
import type { ImportProgress } from '../../utils/import/import-tweets';

/** Everything the dashboard does to the outside world, injected so tests can fake it. */
export interface DashboardDeps {
  load(): Promise<{ accounts: ExportAccount[]; posts: ExportPost[] }>;
  saveReview(key: string, review: Review): Promise<void>;
  /** Builds the ZIP and downloads it; all accounts when `select` is omitted. */
  exportZip(select?: readonly string[]): Promise<void>;
  exportSettings(): Promise<void>;
  importSettings(json: string): Promise<void>;
  clearAll(): Promise<void>;
  /** Adds a known-accounts list (Twitter IO users CSV, or one account per line); returns how many it names. */
  importKnownAccounts(file: File): Promise<{ accounts: number; skipped: number }>;
  /** Streams an IO tweets CSV into the store, reporting progress; returns the rows read and kept. */
  importKnownTweets(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportProgress>;
}
