// Spreadsheet apps evaluate a cell that starts with one of these as a formula (CSV injection, OWASP).
// Leading whitespace doesn't help: Excel and LibreOffice trim it before deciding.
const FORMULA_START = /^[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]*[=+\-@\t\r]/;

/** UTF-8 byte order mark: Excel only reads a CSV as UTF-8 (emoji, Arabic, Hebrew) when it starts with one. */
export const BOM = '\uFEFF';

/** A plain cell value; null and undefined become empty cells. */
export type CellValue = string | number | boolean | null | undefined;

/** Neutralises a value a spreadsheet would run as a formula by prefixing an apostrophe (the text is kept). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 cell: formula-neutralised, quoted when it holds a comma, quote or line break (quotes doubled). */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are ours (risk, counts), never page text, so a negative number stays a number.
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (no line break). */
export function csvRow(cells: readonly CellValue[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV file: BOM, header, rows, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return BOM + [csvRow(header), ...rows.map(csvRow)].map((line) => `${line}\r\n`).join('');
}
