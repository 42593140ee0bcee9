import type { EvidenceDb } from '../db/schema';
import type { Settings } from '../settings-schema';
import { buildExport } from './build-export';
import { fetchAvatars } from './fetch-avatars';
import { loadStoredEvidence } from './load-store';
import type { ExportData } from './types';

export interface StoreExportOptions {
  select?: readonly string[];
  stix?: boolean;
  version: string;
  fetchFn?: typeof fetch;
  now?: number;
}

/** Reads the evidence store, fetches the avatars (with the extension's host access) and builds the ZIP. */
export async function exportFromStore(db: EvidenceDb, settings: Settings, opts: StoreExportOptions): Promise<Uint8Array> {
  const { accounts, posts } = await loadStoredEvidence(db, settings);
  const keys = opts.select ? new Set(opts.select) : null;
  const wanted = keys ? accounts.filter((a) => keys.has(a.key)) : accounts;
  const avatars = await fetchAvatars(wanted.flatMap((a) => a.imageUrl ?? a.avatars.at(-1)?.url ?? []), opts.fetchFn);
  const data: ExportData = { generatedAt: opts.now ?? Date.now(), source: { tool: 'sockscope', version: opts.version, from: 'extension', input: null }, accounts, posts, avatars };
  return buildExport(data, { ...(opts.select ? { select: opts.select } : {}), stix: opts.stix ?? true });
}
