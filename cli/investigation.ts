/** Several saved pages → one investigation: one in-memory store, pages seen in time order, one export. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { basename } from 'node:path';
import { detectSite } from '../sites/registry';
import { adapterFor } from '../sites/adapters';
import { analyzeBytes } from '../analysis/analyze-bytes';
import { setupNodeOrt } from '../analysis/ml/node-models';
import { decodeNode } from '../analysis/image/decode-node';
import { putImageResult } from '../utils/db/image-results';
import { openEvidenceDb } from '../utils/db/open';
import { recordObservations } from '../utils/db/record-observation';
import type { EvidenceDb } from '../utils/db/schema';
import { DEFAULT_PAGE_URL, loadSavedPage, type SavedPage } from '../utils/dom/saved-page';
import { loadStoredEvidence } from '../utils/export/load-store';
import type { AvatarFile, ExportData } from '../utils/export/types';
import { defaultSettings } from '../utils/settings-schema';
import type { Site } from '../core/sighting';
import { readLocalAvatars } from './analyze-local-files';
import { pageTimes, processingOrder } from './page-order';

/** One page as it was read, for the summary. */
export interface PageSeen {
  file: string;
  site: Site;
  seenAt: number;
  dated: boolean;
  authors: number;
}

/** What a run may add before the signals are read: imports of known networks, into the same store. */
export type BeforeAssess = (db: EvidenceDb) => Promise<void>;

async function readPage(file: string, forcedSite: Site | null): Promise<{ page: SavedPage; site: Site }> {
  const page = await loadSavedPage(file, forcedSite ?? 'x');
  const site = forcedSite ?? detectSite({ url: page.urlSource === 'default' ? null : page.pageUrl, html: page.html });
  if (!site) throw new Error(`can't tell which site ${file} is from; pass --site`);
  return { page, site };
}

/**
 * Extracts, records and analyses every page through the same store code as the extension (in memory):
 * a page is seen at its own date (MHTML) or in the order given, so renames and silences between saves
 * show as they would in the browser; then the known-network imports run and every account is assessed.
 */
export async function analyzeSavedPages(files: readonly string[], forcedSite: Site | null, now = Date.now(), before?: BeforeAssess): Promise<{ data: ExportData; pages: PageSeen[] }> {
  const read = await Promise.all(files.map((f) => readPage(f, forcedSite)));
  const times = pageTimes(read.map((r) => r.page.savedAt), now);
  const db = await openEvidenceDb(new IDBFactory());
  const pages: PageSeen[] = [];
  const avatars = new Map<string, AvatarFile>();
  try {
    setupNodeOrt();
    for (const i of processingOrder(times)) {
      const { page, site } = read[i]!;
      const adapter = adapterFor(site);
      if (!adapter) throw new Error(`no ${site} adapter`);
      const pageUrl = page.urlSource === 'default' ? DEFAULT_PAGE_URL[site] : page.pageUrl;
      const occs = adapter.find(page.document, pageUrl).map((f) => f.data).filter((o) => o.handle);
      const r = await recordObservations(db, occs, pageUrl, times[i]!);
      if (!r.ok) throw new Error(r.message);
      pages.push({ file: basename(files[i]!), site, seenAt: times[i]!, dated: page.savedAt !== null, authors: occs.length });
      const urls = occs.flatMap((o) => (o.avatarUrl && !avatars.has(o.avatarUrl) ? [o.avatarUrl] : []));
      for (const a of await readLocalAvatars(files[i]!, urls, page.resources)) {
        avatars.set(a.url, a);
        const verdict = a.ok ? await analyzeBytes(a.bytes, a.contentType, decodeNode) : { status: 'error' as const, error: a.error };
        await putImageResult(db, a.url, { verdict, analysedAt: times[i]! });
      }
    }
    await before?.(db);
    const { accounts, posts } = await loadStoredEvidence(db, defaultSettings());
    const input = files.length === 1 ? basename(files[0]!) : `${files.length} pages: ${files.map((f) => basename(f)).join(', ')}`;
    return { data: { generatedAt: now, source: { tool: 'sockscope', version: '0.1.0', from: 'cli', input }, accounts, posts, avatars: [...avatars.values()] }, pages };
  } finally {
    db.close();
  }
}
