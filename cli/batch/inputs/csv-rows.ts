/** CSV files as streams of header-keyed rows, never read whole, each row counted in a report. */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { csvRecords } from '../../../utils/import/csv-records';
import { csvReport, fieldCountProblem, missingColumns, skipRow, type CsvReport } from '../../../utils/import/csv-report';

/** How to read one file: the columns it needs, and the report to count into. */
export interface CsvRowsOptions {
  /** Groups of columns: the header must hold one of each group, else the file is an error that names them. */
  require?: readonly (readonly string[])[];
  report?: CsvReport;
}

/**
 * Each data row of a CSV with a header line, as column → text. Malformed rows (cut off, extra fields,
 * a record past the size cap) are counted in the report and left out, never passed on half-read.
 */
export async function* csvRows(path: string, opts: CsvRowsOptions = {}): AsyncGenerator<Record<string, string>> {
  const report = opts.report ?? csvReport(basename(path));
  let header: string[] | null = null;
  for await (const rec of csvRecords(createReadStream(path))) {
    if (!header) {
      if ('malformed' in rec) throw new Error(`[sockscope:batch] ${basename(path)}: its header line is ${rec.malformed}`);
      header = rec.cells.map((c) => c.trim());
      for (const group of opts.require ?? []) if (!group.some((c) => header!.includes(c))) throw missingColumns(basename(path), group, header, 'batch');
      continue;
    }
    report.rows++;
    if ('malformed' in rec) {
      skipRow(report, rec.malformed);
      continue;
    }
    const problem = fieldCountProblem(rec.cells, header);
    if (problem) {
      skipRow(report, problem);
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = rec.cells[i] ?? ''));
    yield row;
  }
  if (!header) throw new Error(`[sockscope:batch] ${basename(path)} is empty`);
}

/** The first of `names` that the row has with a non-empty value. */
export function field(row: Record<string, string>, ...names: string[]): string | null {
  for (const n of names) {
    const v = row[n]?.trim();
    if (v) return v;
  }
  return null;
}
