import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvRow, neutraliseFormula, toCsv } from './csv-cell';

const parse = (csv: string): string[][] => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('csvCell', () => {
  it('quotes and doubles quotes', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('keeps newlines inside quotes', () => {
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['-2+3', "'-2+3"],
    ['+1', "'+1"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['  =1+1', "'  =1+1"],
    ['\u200b=1', "'\u200b=1"],
  ])('neutralises the formula %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves text that only contains formula characters later alone', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('email me @ home')).toBe('email me @ home');
  });

  it('keeps numbers as numbers, even negative ones; empty for null and non-finite', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('keeps RTL overrides, emoji and zero-width characters byte for byte', () => {
    for (const s of ['\u202Eevil\u202C', '👩🏽‍💻 ok', 'zero\u200Bwidth', 'שלום עולם', 'مرحبا']) expect(csvCell(s)).toBe(s);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends rows with CRLF and round-trips through a CSV parser', () => {
    const hostile = ['=HYPERLINK("x")', 'a "quoted"\nmulti-line, text', '\u202Eevil\u202C 👍 zero\u200Bwidth', '@SUM', '-2+3'];
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [hostile]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parse(csv);
    expect(header).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(row).toEqual(["'=HYPERLINK(\"x\")", hostile[1], hostile[2], "'@SUM", "'-2+3"]);
  });

  it('csvRow joins with commas', () => {
    expect(csvRow(['a', 1, null, true])).toBe('a,1,,true');
  });
});

// Issue 37, finding 6: lead-ins the first neutraliser let through (by reading; LibreOffice folds full-width forms).
describe('neutraliseFormula on control and full-width lead-ins', () => {
  it.each(['\u0000=1+1', '\u0085=1+1', '\u0000hello', '\u0085hello', '\uff1dcmd|x', '\uff0b1', '\uff0d1', '\uff20SUM(A1)', '\u2212 1', ' \uff1dx', '\u200e=1'])(
    'prefixes %j',
    (cell) => expect(neutraliseFormula(cell)).toBe(`'${cell}`),
  );
  it.each(['hello', 'a=b', '１２３', 'ＡＢＣ'])('leaves %j alone', (cell) => expect(neutraliseFormula(cell)).toBe(cell));
});
