/**
 * A CSV byte stream as records of cells, never held whole. A newline inside a quoted field is not a
 * boundary; a record longer than `maxRecordChars` is not read either: it is counted as malformed (an
 * unterminated quote, or a cell no archive holds) and reading resumes at the line after its start, so
 * one stray quote cannot swallow the rest of the file.
 */

/** One record: its cells, or why it could not be read (it is then left out, and counted by the caller). */
export type CsvRecord = { cells: string[]; bytes: number } | { malformed: string; bytes: number };

/** Records of more characters than this are malformed: tweets, bios and URL lists stay far below. */
export const MAX_RECORD_CHARS = 64 * 1024;

/** The cells of one record's text (RFC 4180: quoted fields, doubled quotes; a quote inside an unquoted field is kept). */
export function splitRecord(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      atStart = true;
    } else {
      cell += c;
      atStart = false;
    }
  }
  cells.push(cell.replace(/\r$/, ''));
  return cells;
}

/** Each record of a CSV byte stream, in order; blank lines are skipped. */
export async function* csvRecords(source: AsyncIterable<Uint8Array>, maxRecordChars = MAX_RECORD_CHARS): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8');
  let buf = '';
  let start = 0;
  let scan = 0;
  let inQuote = false;
  // After an oversize record whose first line passed the cap too: dropping text up to the next newline.
  let skipping = false;
  let bytes = 0;
  let first = true;
  for await (const chunk of source) {
    bytes += chunk.byteLength;
    buf += decoder.decode(chunk, { stream: true });
    if (first && buf.length > 0) {
      buf = buf.replace(/^\uFEFF/, '');
      first = false;
    }
    while (scan < buf.length) {
      if (skipping) {
        const nl = buf.indexOf('\n', scan);
        if (nl < 0) {
          scan = buf.length;
          start = scan;
          break;
        }
        start = scan = nl + 1;
        skipping = false;
        inQuote = false;
        continue;
      }
      const c = buf.charCodeAt(scan);
      // A doubled quote inside a quoted field toggles twice, which leaves the state as it was.
      if (c === 34) inQuote = !inQuote;
      else if (c === 10 && !inQuote) {
        const text = buf.slice(start, scan);
        if (text.trim()) yield { cells: splitRecord(text), bytes };
        start = scan + 1;
      }
      scan++;
      if (scan - start > maxRecordChars) {
        // Too long to be a record: drop its first line and read on from the next, quotes reset.
        yield { malformed: `over ${Math.round(maxRecordChars / 1024)} KiB (a quote left open?)`, bytes };
        const nl = buf.indexOf('\n', start);
        if (nl >= 0 && nl < scan) start = scan = nl + 1;
        else skipping = true;
        inQuote = false;
      }
    }
    // Keep only the record in progress.
    buf = buf.slice(start);
    scan -= start;
    start = 0;
  }
  buf += decoder.decode();
  if (skipping) return;
  for (; scan < buf.length; scan++) if (buf.charCodeAt(scan) === 34) inQuote = !inQuote;
  const rest = buf.slice(start);
  if (!rest.trim()) return;
  // A quote still open at the end: the file was cut off inside a record.
  if (inQuote) yield { malformed: 'cut off inside a quoted field', bytes };
  else yield { cells: splitRecord(rest), bytes };
}
