/** Runs fuzz cases through analyzeBytes with a time limit per input, and tallies outcomes, errors and RSS. */
import { analyzeBytes } from '../../analyze-bytes';
import type { ImageDecoder } from '../types';
import type { FuzzCase, FuzzCategory, FuzzCorpus } from './generate';
import { messageProblem } from './message-problem';

export type FuzzStatus = 'ok' | 'no-face' | 'error' | 'hang' | 'crash';

/** What one input did; `problem` is set when it broke a rule (hang, crash, unclear message). */
export interface FuzzOutcome {
  index: number;
  category: FuzzCategory;
  name: string;
  status: FuzzStatus;
  ms: number;
  error?: string;
  problem?: string;
}

/** Totals for a run. RSS figures are in MB. */
export interface FuzzReport {
  total: number;
  byCategory: Map<FuzzCategory, Map<FuzzStatus, number>>;
  /** Error messages with digits folded to N ("image too large (N×N px)") → count. */
  byError: Map<string, number>;
  problems: FuzzOutcome[];
  times: number[];
  slowest: FuzzOutcome[];
  rss: { startMb: number; afterWarmupMb: number; endMb: number; peakMb: number };
}

export interface FuzzRunOptions {
  timeLimitMs?: number;
  /** Cases after which RSS growth is measured (first sessions, sharp's cache and code pages settle). */
  warmup?: number;
  onOutcome?: (o: FuzzOutcome, done: number) => void;
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** One case with a time limit: a verdict, an error verdict, a hang, or a crash (analyzeBytes threw). */
export async function runCase(c: FuzzCase, decode: ImageDecoder, timeLimitMs: number): Promise<FuzzOutcome> {
  const base = { index: c.index, category: c.category, name: c.name };
  const t0 = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<'hang'>((ok) => (timer = setTimeout(() => ok('hang'), timeLimitMs)));
  try {
    const v = await Promise.race([analyzeBytes(c.bytes, c.contentType, decode), hang]);
    const ms = performance.now() - t0;
    if (v === 'hang') return { ...base, status: 'hang', ms, problem: `no answer within ${timeLimitMs} ms` };
    // A verdict that arrives after the limit still counts as a hang: the user waited too long.
    if (ms > timeLimitMs) return { ...base, status: 'hang', ms, problem: `took ${Math.round(ms)} ms` };
    if (v.status !== 'error') return { ...base, status: v.status, ms };
    const problem = messageProblem(v.error);
    return { ...base, status: 'error', ms, error: v.error, ...(problem ? { problem } : {}) };
  } catch (e) {
    return { ...base, status: 'crash', ms: performance.now() - t0, problem: `analyzeBytes threw: ${String(e).slice(0, 150)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs cases 0..n-1 in order (one at a time, as the extension's serialised inference would). */
export async function runFuzz(corpus: FuzzCorpus, n: number, decode: ImageDecoder, opts: FuzzRunOptions = {}): Promise<FuzzReport> {
  const timeLimitMs = opts.timeLimitMs ?? 5_000;
  const warmup = Math.min(opts.warmup ?? 100, Math.max(0, n - 1));
  const report: FuzzReport = { total: 0, byCategory: new Map(), byError: new Map(), problems: [], times: [], slowest: [], rss: { startMb: 0, afterWarmupMb: 0, endMb: 0, peakMb: 0 } };
  let peak = process.memoryUsage.rss();
  report.rss.startMb = mb(peak);
  // Sampled off the main path too: a bomb's peak is inside libvips, between our own checkpoints.
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  try {
    for (let i = 0; i < n; i++) {
      const o = await runCase(corpus.at(i), decode, timeLimitMs);
      tally(report, o);
      peak = Math.max(peak, process.memoryUsage.rss());
      if (i === warmup) report.rss.afterWarmupMb = mb(process.memoryUsage.rss());
      opts.onOutcome?.(o, i + 1);
    }
  } finally {
    clearInterval(sampler);
  }
  report.rss.endMb = mb(process.memoryUsage.rss());
  report.rss.peakMb = mb(peak);
  return report;
}

function tally(r: FuzzReport, o: FuzzOutcome): void {
  r.total++;
  r.times.push(o.ms);
  const cat = r.byCategory.get(o.category) ?? new Map<FuzzStatus, number>();
  cat.set(o.status, (cat.get(o.status) ?? 0) + 1);
  r.byCategory.set(o.category, cat);
  if (o.error !== undefined) {
    const key = o.error.replace(/\d+(\.\d+)?/g, 'N');
    r.byError.set(key, (r.byError.get(key) ?? 0) + 1);
  }
  if (o.problem) r.problems.push(o);
  r.slowest.push(o);
  r.slowest.sort((a, b) => b.ms - a.ms);
  r.slowest.length = Math.min(r.slowest.length, 5);
}
