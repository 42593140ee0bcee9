import type { ExportAccount, ExportPost, Review } from '../../utils/export/types';

/** Everything the dashboard does to the outside world, injected so tests can fake it. */
export interface DashboardDeps {
  load(): Promise<{ accounts: ExportAccount[]; posts: ExportPost[] }>;
  saveReview(key: string, review: Review): Promise<void>;
  /** Builds the ZIP and downloads it; all accounts when `select` is omitted. */
  exportZip(select?: readonly string[]): Promise<void>;
  exportSettings(): Promise<void>;
  importSettings(json: string): Promise<void>;
  clearAll(): Promise<void>;
}
