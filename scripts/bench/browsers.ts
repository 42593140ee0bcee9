/**
 * The figures `npm run bench` sets side by side for Chromium and Firefox, measured the same way in both
 * (same fixture server, same avatars, same machine, one run), and the table that compares them.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { median } from '../eval/eyes-stats';

export interface BrowserFigures {
  browser: string;
  /** Navigation start → first badge with a result, fresh profile (no compiled wasm, no cached verdicts). */
  coldStartMs?: number;
  /** Warm per-avatar analysis in the analyser's page (decode + detect + classify, fetch excluded), ms per run. */
  photoRunsMs?: number[];
  ganRunsMs?: number[];
  /** Avatars per second straight to the analyser (batches of 32, no page). */
  analyserPerSec?: number;
  analyserN?: number;
  /** Avatars per second on the 500-post page until every badge has its result. */
  pagePerSec?: number;
}

/** One line naming the machine, for every table of figures. */
export function machineLine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join('/')}`;
}

type Row = [label: string, unit: string, pick: (f: BrowserFigures) => number | undefined, higherIsBetter: boolean];

const ROWS: Row[] = [
  ['warm per-avatar median, ordinary photos', 'ms', (f) => (f.photoRunsMs?.length ? median(f.photoRunsMs) : undefined), false],
  ['warm per-avatar median, StyleGAN2 faces', 'ms', (f) => (f.ganRunsMs?.length ? median(f.ganRunsMs) : undefined), false],
  ['throughput straight to the analyser', 'avatars/s', (f) => f.analyserPerSec, true],
  ['throughput, 500-post page', 'avatars/s', (f) => f.pagePerSec, true],
  ['cold start to first settled badge', 'ms', (f) => f.coldStartMs, false],
];

/** The comparison table: each figure in both browsers and Firefox's ratio to Chromium (time: >1 is slower). */
export function compareBrowsers(chromium: BrowserFigures, firefox: BrowserFigures): string[] {
  const lines = [`machine: ${machineLine()}`, `figure | ${chromium.browser} | ${firefox.browser} | Firefox / Chromium`];
  for (const [label, unit, pick, higherIsBetter] of ROWS) {
    const [c, f] = [pick(chromium), pick(firefox)];
    const fmt = (x: number | undefined): string => (x === undefined ? 'n/a' : `${x.toFixed(1)} ${unit}`);
    const ratio = c && f ? `${(f / c).toFixed(2)}× (${(higherIsBetter ? f >= c : f <= c) ? 'Firefox faster or equal' : 'Firefox slower'})` : 'n/a';
    lines.push(`${label} | ${fmt(c)} | ${fmt(f)} | ${ratio}`);
  }
  const n = firefox.analyserN ?? chromium.analyserN;
  if (n) lines.push(`(analyser throughput over ${n} avatars; per-avatar medians over 20 photos and 10 StyleGAN2 faces, 5 warm runs each)`);
  return lines;
}
