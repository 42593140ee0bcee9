import type { ImportProgress } from '../utils/import/import-tweets';
import type { LineWriter } from './output';

const WIDTH = 30;

/** "[########······] 45%  123,456 rows, 2,048 kept" for an import's progress. */
export function progressLine(p: ImportProgress): string {
  const share = p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : null;
  const bar = share === null ? '' : `[${'#'.repeat(Math.round(share * WIDTH)).padEnd(WIDTH, '·')}] ${String(Math.round(share * 100)).padStart(3)}%  `;
  return `${bar}${p.rows.toLocaleString('en')} rows, ${p.kept.toLocaleString('en')} kept`;
}

/**
 * A progress reporter: redraws one line on a terminal, or writes a line every 10% (and at the end)
 * when the output is a file or a pipe, so logs stay short.
 */
export function progressReporter(write: LineWriter, tty = Boolean(process.stderr.isTTY)): (p: ImportProgress) => void {
  let lastTenth = -1;
  return (p) => {
    if (tty) {
      process.stderr.write(`\r${progressLine(p)}`);
      if (p.totalBytes && p.bytes >= p.totalBytes) process.stderr.write('\n');
      return;
    }
    const tenth = p.totalBytes ? Math.floor((10 * p.bytes) / p.totalBytes) : Math.floor(p.rows / 100_000);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      write(progressLine(p));
    }
  };
}
