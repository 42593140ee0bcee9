// Spreadsheet apps evaluate a cell that starts with one of these as a formula (CSV injection, OWASP).
// Leading whitespace and control characters don't help: Excel and LibreOffice trim or skip them before
// deciding (NUL, U+0085 NEL and the rest of C0/C1), and some apps fold full-width ＝＋－＠ and the minus
// signs (U+2212, U+FE63) to their ASCII forms.
const FORMULA_START = /^[\s\u0000-\u001f\u007f-\u009f\u00a0\u200b-\u200f\u2028\u2029\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\u2212\ufe62\ufe63\ufe66]|^[\u0000-\u001f\u007f-\u009f]/;

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
