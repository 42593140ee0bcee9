/**
 * What reading a CSV file found, for the person who gave it: rows read, rows used, and each reason a row
 * was left out, counted. Nothing is dropped without being counted here.
 */
export interface CsvReport {
  file: string;
  /** Data rows (records after the header), malformed ones included. */
  rows: number;
  /** Rows used. */
  used: number;
  /** Rows left out, by reason. */
  skipped: Record<string, number>;
}

/** An empty report for `file`. */
export function csvReport(file: string): CsvReport {
  return { file, rows: 0, used: 0, skipped: {} };
}

/** Counts one row left out for `reason`. */
export function skipRow(r: CsvReport, reason: string): void {
  r.skipped[reason] = (r.skipped[reason] ?? 0) + 1;
}

/** "2 cut off (fewer fields than the header); 1 over 64 KiB …", or '' when nothing was skipped. */
export function skippedText(skipped: Readonly<Record<string, number>>): string {
  return Object.entries(skipped).sort(([, a], [, b]) => b - a).map(([reason, n]) => `${n.toLocaleString('en-US')} ${reason}`).join('; ');
}

/** "tweets.csv: 1,000 rows, 997 used, 3 skipped (2 cut off …; 1 …)". */
export function formatReport(r: CsvReport): string {
  const skipped = Object.values(r.skipped).reduce((a, b) => a + b, 0);
  const why = skippedText(r.skipped);
  return `${r.file}: ${r.rows.toLocaleString('en-US')} rows, ${r.used.toLocaleString('en-US')} used, ${skipped.toLocaleString('en-US')} skipped${skipped ? ` (${why})` : ''}`;
}

/** The error for a file whose header has none of the columns a reader needs. */
export function missingColumns(file: string, expected: readonly string[], header: readonly string[], unit: string): Error {
  const shown = header.slice(0, 12).map((h) => h || '(blank)').join(', ');
  return new Error(`[sockscope:${unit}] ${file} has none of the columns expected (${expected.join(', ')}); its header is: ${shown}${header.length > 12 ? ', …' : ''}`);
}

/** A record's field count against the header's: null when it fits, else the reason to skip it. */
export function fieldCountProblem(cells: readonly string[], header: readonly string[]): string | null {
  if (cells.length < header.length) return `cut off (fewer fields than the header)`;
  if (cells.length > header.length) return `more fields than the header (a stray comma or quote?)`;
  return null;
}
