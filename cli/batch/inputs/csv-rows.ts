/** CSV files as streams of header-keyed rows (papaparse), never read whole. */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

/** Each data row of a CSV with a header line, as column → text. */
export async function* csvRows(path: string): AsyncGenerator<Record<string, string>> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: true });
  const rows = createReadStream(path).pipe(parser);
  for await (const row of rows as AsyncIterable<Record<string, string>>) yield row;
}

/** The first of `names` that the row has with a non-empty value. */
export function field(row: Record<string, string>, ...names: string[]): string | null {
  for (const n of names) {
    const v = row[n]?.trim();
    if (v) return v;
  }
  return null;
}
