/**
 * The before/after table: the same measurements on an earlier checkout (the base) and on this one, in one
 * run on one machine, rounds interleaved (base, this, this, base, ...) so a change in the machine's load
 * falls on both alike. Each figure is the median over rounds, printed with the load averages it ran under
 * and the ratio after ÷ before. Builds each checkout's bench build and package first (build outputs only).
 *   SOCKSCOPE_BENCH_BASE=/path/to/base/checkout npm run bench      (run-all.ts calls this)
 *   npx tsx scripts/bench/compare.ts /path/to/base/checkout [ROUNDS=2]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { makeArchive } from '../../cli/batch/testing/make-archive';
import { median } from '../eval/eyes-stats';
import { chromiumFigures } from './compare-chromium';

const HEAD = resolve(import.meta.dirname, '../..');
const load = (): string => loadavg().map((x) => x.toFixed(1)).join('/');
const git = (root: string): string => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();

interface Row {
  label: string;
  unit: string;
  higherIsBetter: boolean;
}
const ROWS: Record<string, Row> = {
  packageMiB: { label: 'Chrome package', unit: 'MiB', higherIsBetter: false },
  coldStartMs: { label: 'cold start to first settled badge, Chromium', unit: 'ms', higherIsBetter: false },
  photoMs: { label: 'warm per avatar, ordinary photos (offscreen)', unit: 'ms', higherIsBetter: false },
  ganMs: { label: 'warm per avatar, StyleGAN2 faces (offscreen)', unit: 'ms', higherIsBetter: false },
  pagePerSec: { label: 'throughput, 500-post page, Chromium', unit: 'avatars/s', higherIsBetter: true },
  pageCpuMs: { label: '500-post page, CPU per avatar (the whole browser)', unit: 'ms', higherIsBetter: false },
  scanUsPerPost: { label: 'content-script scan per post (median)', unit: 'µs', higherIsBetter: false },
  scanAndRenderUsPerPost: { label: '  with the badges rendered in animation frames (mean)', unit: 'µs', higherIsBetter: false },
  scrollLongTasks: { label: 'long tasks > 50 ms while scrolling 500 posts', unit: '', higherIsBetter: false },
  nodePhotosMs: { label: 'Node wasm analyzeBytes, 30 wild photos (median)', unit: 'ms', higherIsBetter: false },
  nodePhotosCpuMs: { label: '  its CPU time per photo (median)', unit: 'ms', higherIsBetter: false },
  nodeGanMs: { label: 'Node wasm analyzeBytes, 15 GAN faces (median)', unit: 'ms', higherIsBetter: false },
  nodeGanCpuMs: { label: '  its CPU time per GAN face (median)', unit: 'ms', higherIsBetter: false },
  batchPerSec: { label: 'batch, native ORT, 2 workers', unit: 'avatars/s', higherIsBetter: true },
  batchCpuMs: { label: 'batch, CPU per avatar (all threads)', unit: 'ms', higherIsBetter: false },
};

type Figures = Partial<Record<keyof typeof ROWS, number>>;

/** Builds the checkout's bench build and shipped zip; returns the Chrome zip's size in MiB. */
function build(root: string): number {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, SOCKSCOPE_BENCH_BUILD: '1' } });
  const env = { ...process.env };
  delete env.SOCKSCOPE_BENCH_BUILD;
  execFileSync('npx', ['wxt', 'zip'], { cwd: root, stdio: 'ignore', env });
  const zip = readdirSync(join(root, '.output')).find((f) => f.endsWith('-chrome.zip'));
  return zip ? statSync(join(root, '.output', zip)).size / 2 ** 20 : NaN;
}

function lastJson(stdout: string): Record<string, number> {
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

/** One round of every figure on one checkout, each in processes or browsers of its own. */
async function round(root: string, archive: string, server: Awaited<ReturnType<typeof startFixtureServer>>): Promise<Figures> {
  const node = lastJson(execFileSync('npx', ['tsx', join(HEAD, 'scripts/bench/compare-node.ts'), root], { cwd: HEAD, encoding: 'utf8' }));
  const out = mkdtempSync(join(tmpdir(), 'sockscope-compare-'));
  let batch: Record<string, number>;
  try {
    batch = lastJson(execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/batch-run.ts'), archive, out, '2', 'native', '2'], { cwd: root, encoding: 'utf8' }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const chromium = await chromiumFigures(server, join(root, '.output/chrome-mv3-bench'));
  return { ...chromium, nodePhotosMs: node.photosMs, nodePhotosCpuMs: node.photosCpuMs, nodeGanMs: node.ganMs, nodeGanCpuMs: node.ganCpuMs, batchPerSec: batch.perSecond, batchCpuMs: batch.cpuMsPerImage };
}

/** Runs the comparison and returns printable lines (the table last). */
export async function compareWithBase(base: string, rounds = 2): Promise<string[]> {
  const roots = { before: resolve(base), after: HEAD };
  const lines = [`before: ${roots.before} at ${git(roots.before)}; after: ${roots.after} at ${git(roots.after)}; ${rounds} rounds, interleaved`];
  const packageMiB = { before: build(roots.before), after: build(roots.after) };
  const tmp = mkdtempSync(join(tmpdir(), 'sockscope-compare-archive-'));
  const server = await startFixtureServer(SHARED_DIR);
  const got: Record<'before' | 'after', Figures[]> = { before: [], after: [] };
  const loads: Record<'before' | 'after', string[]> = { before: [], after: [] };
  try {
    const archive = join(tmp, 'archive');
    await makeArchive(archive, { accounts: 1000, tweets: 10_000 });
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        const f = await round(roots[side], archive, server);
        got[side].push(f);
        loads[side].push(load());
        lines.push(`round ${r + 1}, ${side}: ${Object.entries(f).map(([k, v]) => `${k} ${(v ?? NaN).toFixed(1)}`).join(' · ')}   [load ${load()}]`);
      }
    }
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const med = (side: 'before' | 'after', key: string): number => (key === 'packageMiB' ? packageMiB[side] : median(got[side].map((f) => f[key] ?? NaN)));
  lines.push('', `figure | before (${git(roots.before)}) | after (${git(roots.after)}) | after ÷ before`, '---|---|---|---');
  for (const [key, row] of Object.entries(ROWS)) {
    const [b, a] = [med('before', key), med('after', key)];
    const better = row.higherIsBetter ? a > b : a < b;
    const ratio = b > 0 ? `${(a / b).toFixed(2)}×${Math.abs(a / b - 1) < 0.005 ? '' : better ? ' (better)' : ' (worse)'}` : 'n/a';
    lines.push(`${row.label} | ${b.toFixed(key === 'packageMiB' ? 2 : 1)} ${row.unit} | ${a.toFixed(key === 'packageMiB' ? 2 : 1)} ${row.unit} | ${ratio}`);
  }
  lines.push(`(medians of ${rounds} rounds; load averages 1/5/15 min after each round: before ${loads.before.join(', ')}; after ${loads.after.join(', ')})`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] ?? process.env.SOCKSCOPE_BENCH_BASE;
  if (!base) throw new Error('usage: compare.ts BASE_CHECKOUT [ROUNDS]');
  for (const line of await compareWithBase(base, Number(process.argv[3] ?? 2))) console.log(line);
}
