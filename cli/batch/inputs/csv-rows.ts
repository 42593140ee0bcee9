/** CSV files as streams of header-keyed rows (papaparse), never read whole. */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

/** Each data row of a CSV with a header line, as column → text. */
export async function* csvRows(path: string): AsyncGenerator<Record<string, string>> {
  // Rows as arrays and the header applied here: papaparse's own header mode, streamed, warns about
  // "duplicate headers" once per chunk of a file that has none.
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true });
  let header: string[] | null = null;
  for await (const cells of createReadStream(path).pipe(parser) as AsyncIterable<string[]>) {
    if (!header) {
      header = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    yield row;
  }
}

/** The first of `names` that the row has with a non-empty value. */
export function field(row: Record<string, string>, ...names: string[]): string | null {
  for (const n of names) {
    const v = row[n]?.trim();
    if (v) return v;
  }
  return null;
}
