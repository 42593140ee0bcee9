/** Plain-text tables of a fuzz report, for the script's output and failing-test messages. */
import { FUZZ_CATEGORIES } from './generate';
import type { FuzzReport, FuzzStatus } from './run-fuzz';

const STATUSES: FuzzStatus[] = ['ok', 'no-face', 'error', 'hang', 'crash'];

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Per-category outcome table, error messages by count, timings, RSS and any problems. */
export function formatReport(r: FuzzReport): string {
  const lines: string[] = [];
  lines.push(`category        ${STATUSES.map((s) => s.padStart(8)).join('')}`);
  for (const cat of FUZZ_CATEGORIES) {
    const row = r.byCategory.get(cat);
    if (row) lines.push(`${cat.padEnd(16)}${STATUSES.map((s) => String(row.get(s) ?? 0).padStart(8)).join('')}`);
  }
  lines.push('', 'error messages (digits as N):');
  for (const [msg, n] of [...r.byError].sort((a, b) => b[1] - a[1])) lines.push(`${String(n).padStart(6)}  ${msg}`);
  const sorted = [...r.times].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  lines.push(
    '',
    `inputs ${r.total}; ms per input: mean ${mean.toFixed(1)}, median ${quantile(sorted, 0.5).toFixed(1)}, p95 ${quantile(sorted, 0.95).toFixed(1)}, p99 ${quantile(sorted, 0.99).toFixed(1)}, max ${(sorted.at(-1) ?? 0).toFixed(0)}`,
    `slowest: ${r.slowest.map((o) => `${o.name} ${o.ms.toFixed(0)} ms`).join('; ')}`,
    `RSS MB: start ${r.rss.startMb}, after warm-up ${r.rss.afterWarmupMb}, end ${r.rss.endMb}, peak ${r.rss.peakMb}; growth after warm-up ${r.rss.endMb - r.rss.afterWarmupMb}`,
    `problems: ${r.problems.length}`,
    ...r.problems.slice(0, 30).map((p) => `  #${p.index} ${p.name}: ${p.problem}${p.error ? ` — "${p.error}"` : ''}`),
  );
  return lines.join('\n');
}
