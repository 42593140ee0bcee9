/** `sockscope analyze FILE.html --out DIR|FILE.zip`: a saved page → the same evidence export as the extension's. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectSite } from '../sites/detect';
import { adapterFor } from '../sites/registry';
import { analyzeBytes } from '../analysis/analyze-bytes';
import { setupNodeOrt } from '../analysis/ml/node-models';
import { putImageResult } from '../utils/db/image-results';
import { openEvidenceDb } from '../utils/db/open';
import { recordObservation } from '../utils/db/record-observation';
import { DEFAULT_PAGE_URL, loadSavedPage } from '../utils/dom/saved-page';
import { buildExport, exportFiles } from '../utils/export/build-export';
import { loadStoredEvidence } from '../utils/export/load-store';
import type { ExportData } from '../utils/export/types';
import { decodeNode } from '../analysis/image/decode-node';
import { defaultSettings } from '../utils/settings-schema';
import { SITES, type Site } from '../utils/types';
import { readLocalAvatars } from './analyze-local-files';
import type { LineWriter } from './output';

export const ANALYZE_USAGE = 'sockscope analyze [--site x|facebook|youtube] [--no-stix] FILE.html --out DIR|FILE.zip';

/** Runs the analysis and writes the export; 0 = written, 2 = bad input. */
export async function runAnalyze(args: string[], out: LineWriter, err: LineWriter = (l) => console.error(l)): Promise<number> {
  let opts: { file: string; out: string; site: Site | null; stix: boolean };
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, site: { type: 'string' }, 'no-stix': { type: 'boolean', default: false } } });
    if (positionals.length !== 1 || !positionals[0]) throw new Error('expected one FILE');
    if (!values.out) throw new Error('missing --out');
    if (values.site !== undefined && !(SITES as readonly string[]).includes(values.site)) throw new Error(`unknown site "${values.site}"`);
    opts = { file: positionals[0], out: values.out, site: (values.site as Site | undefined) ?? null, stix: values['no-stix'] !== true };
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\nusage: ${ANALYZE_USAGE}`);
    return 2;
  }
  const data = await analyzeSavedPage(opts.file, opts.site).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
  if (typeof data === 'string') {
    err(`[sockscope:analyze] ${data}`);
    return 2;
  }
  await writeExport(data, opts.out, opts.stix);
  const flagged = data.accounts.filter((a) => a.band !== 'low').length;
  out(`${data.accounts.length} accounts (${flagged} flagged), ${data.posts.length} posts, ${data.avatars.filter((a) => a.ok).length}/${data.avatars.length} avatars → ${opts.out}`);
  return 0;
}

/** Extracts, analyses and fuses one saved page through the same store code as the extension (in memory). */
export async function analyzeSavedPage(file: string, forcedSite: Site | null, now = Date.now()): Promise<ExportData> {
  const page = await loadSavedPage(file, forcedSite ?? 'x');
  const site = forcedSite ?? detectSite({ url: page.urlSource === 'default' ? null : page.pageUrl, html: page.html });
  if (!site) throw new Error(`can't tell which site ${file} is from; pass --site`);
  const adapter = adapterFor(site);
  if (!adapter) throw new Error(`no ${site} adapter`);
  const pageUrl = page.urlSource === 'default' ? DEFAULT_PAGE_URL[site] : page.pageUrl;
  const occurrences = adapter.find(page.document, pageUrl).map((f) => f.data);
  // An in-memory evidence store (fake-indexeddb): the coordination signals and fusion run exactly as in the extension.
  const db = await openEvidenceDb(new IDBFactory());
  try {
    for (const occ of occurrences) await recordObservation(db, occ, pageUrl, now);
    const avatars = await readLocalAvatars(file, occurrences.flatMap((o) => (o.avatarUrl ? [o.avatarUrl] : [])));
    setupNodeOrt();
    for (const a of avatars) {
      const verdict = a.ok ? await analyzeBytes(a.bytes, null, decodeNode) : { status: 'error' as const, error: a.error };
      await putImageResult(db, a.url, { verdict, analysedAt: now });
    }
    const { accounts, posts } = await loadStoredEvidence(db, defaultSettings());
    return { generatedAt: now, source: { tool: 'sockscope', version: '0.1.0', from: 'cli', input: basename(file) }, accounts, posts, avatars };
  } finally {
    db.close();
  }
}

/** A path ending in .zip gets the ZIP; anything else becomes a folder with the same files unzipped. */
async function writeExport(data: ExportData, outPath: string, stix: boolean): Promise<void> {
  if (outPath.toLowerCase().endsWith('.zip')) {
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, buildExport(data, { stix }));
    return;
  }
  for (const [path, content] of exportFiles(data, { stix })) {
    const target = join(outPath, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
