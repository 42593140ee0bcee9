import { parseArgs } from 'node:util';
import { detectSite } from '../sites/registry';
import { adapterFor } from '../sites/adapters';
import { DEFAULT_PAGE_URL, loadSavedPage, type SavedPage } from '../utils/dom/saved-page';
import { SITES, type Site } from '../sites/registry';
import { occurrenceJson, occurrenceTable, type LineWriter } from './output';

/** Usage of `sockscope extract`. */
export const EXTRACT_USAGE = `sockscope extract [--json] [--site ${SITES.join('|')}] FILE.html`;

/** Exit code for bad input: unknown site, unreadable file, wrong arguments. */
const BAD_INPUT = 2;

/**
 * `sockscope extract`: print every author occurrence found in a saved page, as JSON lines (--json)
 * or a table. Returns the exit code; errors go to `err`.
 */
export async function runExtract(
  args: string[],
  out: LineWriter,
  err: LineWriter = (line) => console.error(line),
): Promise<number> {
  let parsed: { json: boolean; site: string | undefined; file: string | undefined };
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false }, site: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length > 1) throw new Error(`expected one file, got ${positionals.length}`);
    parsed = { json: values.json === true, site: values.site, file: positionals[0] };
  } catch (error) {
    return fail(err, `${messageOf(error)}\nusage: ${EXTRACT_USAGE}`);
  }
  if (!parsed.file) return fail(err, `missing FILE\nusage: ${EXTRACT_USAGE}`);
  if (parsed.site !== undefined && !isSite(parsed.site)) {
    return fail(err, `unknown site "${parsed.site}" (expected one of: ${SITES.join(', ')})`);
  }

  let page: SavedPage;
  try {
    page = await loadSavedPage(parsed.file, parsed.site ?? 'x');
  } catch (error) {
    return fail(err, `can't read ${parsed.file}: ${messageOf(error)}`);
  }
  const site = parsed.site ?? detectSite({ url: page.urlSource === 'default' ? null : page.pageUrl, html: page.html });
  if (!site) return fail(err, `can't tell which site ${parsed.file} is from; pass --site ${SITES.join('|')}`);
  const adapter = adapterFor(site);
  if (!adapter) return fail(err, `no ${site} adapter is installed yet`);

  const pageUrl = page.urlSource === 'default' ? DEFAULT_PAGE_URL[site] : page.pageUrl;
  const occurrences = adapter.find(page.document, pageUrl).map((found) => found.data);
  if (parsed.json) for (const occurrence of occurrences) out(occurrenceJson(occurrence));
  else for (const line of occurrenceTable(occurrences)) out(line);
  return 0;
}

function isSite(value: string): value is Site {
  return (SITES as readonly string[]).includes(value);
}

function fail(err: LineWriter, message: string): number {
  err(`[sockscope:extract] ${message}`);
  return BAD_INPUT;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
