import { describe, expect, it } from 'vitest';
import { csvRecords, splitRecord, type CsvRecord } from './csv-records';

async function* chunks(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function all(text: string, cap?: number, size?: number): Promise<(string[] | string)[]> {
  const out: (string[] | string)[] = [];
  for await (const r of csvRecords(chunks(text, size), cap) as AsyncGenerator<CsvRecord>) out.push('cells' in r ? r.cells : r.malformed);
  return out;
}

describe('csvRecords', () => {
  it('keeps a newline, a comma and a doubled quote inside a quoted field, in any chunking', async () => {
    const text = '\uFEFFa,b\r\n1,"two\nlines, and ""quotes"""\n\n3,4\n';
    for (const size of [1, 3, 7, 100]) expect(await all(text, undefined, size)).toEqual([['a', 'b'], ['1', 'two\nlines, and "quotes"'], ['3', '4']]);
  });

  it('does not let an unterminated quote with a 5 MB cell swallow the rest of the file', async () => {
    const text = `a,b\n1,"${'x'.repeat(5_000_000)}\n2,fine\n3,"also ""fine"""\n`;
    const got = await all(text, 64 * 1024, 65_536);
    expect(got[0]).toEqual(['a', 'b']);
    expect(got[1]).toMatch(/^over 64 KiB/);
    expect(got.slice(2)).toEqual([['2', 'fine'], ['3', 'also "fine"']]);
  });

  it('reports a file cut off inside a quoted field, and keeps the rows before it', async () => {
    expect(await all('a,b\n1,2\n3,"cut off mid-'))
      .toEqual([['a', 'b'], ['1', '2'], 'cut off inside a quoted field']);
  });

  it('splits an unquoted field with a quote inside it as it stands', () => {
    expect(splitRecord('5" screen,ok')).toEqual(['5" screen', 'ok']);
  });
});
