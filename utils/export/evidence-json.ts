import type { ExportData } from './types';

/** Bump when evidence.json changes shape. */
/** 2: accounts carry `accountId` and `history` (names, handles, avatars and bios over time). */
export const EVIDENCE_SCHEMA_VERSION = 2;

/** evidence.json: the whole export as typed JSON (bytes of avatars replaced by their archive paths). */
export function evidenceJson(data: ExportData, paths: ReadonlyMap<string, string>): string {
  const doc = {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    generatedAt: new Date(data.generatedAt).toISOString(),
    source: data.source,
    accounts: data.accounts,
    posts: data.posts,
    avatarFiles: Object.fromEntries(paths),
    avatarFailures: data.avatars.flatMap((a) => (a.ok ? [] : [{ url: a.url, error: a.error }])),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
