/** `sockscope analyze PAGE... --out DIR|FILE.zip`: saved pages → one investigation's evidence export. */
import { skippedText } from '../utils/import/csv-report';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExport, exportFiles } from '../utils/export/build-export';
import type { ExportData } from '../utils/export/types';
import { SITES, type Site } from '../sites/registry';
import { findingLines } from './findings';
import { analyzeSavedPages } from './investigation';
import { importKnownAvatars, importKnownTweets, importKnownUsers } from './known-inputs';
import type { LineWriter } from './output';
import { progressReporter } from './progress';

export const ANALYZE_USAGE =
  `sockscope analyze [--site ${SITES.join('|')}] [--known-users CSV] [--known-tweets CSV] [--known-avatars DIR] [--no-stix] PAGE... --out DIR|FILE.zip`;

interface AnalyzeArgs {
  files: string[];
  out: string;
  site: Site | null;
  stix: boolean;
  knownUsers: string[];
  knownTweets: string[];
  knownAvatars: string[];
}

function parse(args: string[]): AnalyzeArgs {
  const list = { type: 'string', multiple: true } as const;
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { out: { type: 'string' }, site: { type: 'string' }, 'no-stix': { type: 'boolean', default: false }, 'known-users': list, 'known-tweets': list, 'known-avatars': list },
  });
  if (positionals.length === 0) throw new Error('expected one or more PAGE files');
  if (!values.out) throw new Error('missing --out');
  if (values.site !== undefined && !(SITES as readonly string[]).includes(values.site)) throw new Error(`unknown site "${values.site}"`);
  return {
    files: positionals, out: values.out, site: (values.site as Site | undefined) ?? null, stix: values['no-stix'] !== true,
    knownUsers: values['known-users'] ?? [], knownTweets: values['known-tweets'] ?? [], knownAvatars: values['known-avatars'] ?? [],
  };
}

/** Runs the analysis and writes the export; 0 = written, 2 = bad input. */
export async function runAnalyze(args: string[], out: LineWriter, err: LineWriter = (l) => console.error(l), now = Date.now()): Promise<number> {
  let opts: AnalyzeArgs;
  try {
    opts = parse(args);
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\nusage: ${ANALYZE_USAGE}`);
    return 2;
  }
  const run = await analyzeSavedPages(opts.files, opts.site, now, async (db) => {
    for (const f of opts.knownUsers) {
      const r = await importKnownUsers(db, f, now);
      out(`known users ${f}: ${r.keys} accounts${r.skipped ? ` (${r.skipped} rows skipped: hashed or empty names)` : ''}`);
    }
    for (const f of opts.knownTweets) {
      const p = await importKnownTweets(db, f, now, progressReporter(err));
      const malformed = skippedText(p.skipped);
      out(`known tweets ${f}: ${p.rows} rows read, ${p.kept} could match these pages${malformed ? `; malformed rows left out: ${malformed}` : ''}`);
    }
    for (const d of opts.knownAvatars) out(`known avatars ${d}: ${await importKnownAvatars(db, d)} pictures`);
  }).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
  if (typeof run === 'string') {
    err(`[sockscope:analyze] ${run}`);
    return 2;
  }
  await writeExport(run.data, opts.out, opts.stix);
  for (const line of findingLines(run.data, run.pages, opts.out)) out(line);
  return 0;
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
