import type { EvidenceDb } from '../db/schema.ts';
import type { Settings } from '../settings-schema.ts';
import { buildExport } from './build-export.ts';
import { fetchAvatars } from './fetch-avatars.ts';
import { loadStoredEvidence } from './load-store.ts';
import type { ExportData } from './types.ts';

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
