/**
 * `sockscope batch` before and after a change, in one run, for an earlier checkout (BASE, with its own
 * node_modules) and this one. Each round: the CPU per avatar of each stage in one thread, each side's
 * pipeline in its own process, alternated (scripts/bench/batch-stages.ts); then the image stage's avatars/s and CPU
 * per avatar with 1 and 2 workers over one generated archive, each run in a fresh process, the checkouts
 * alternated (base, this, this, base, ...); this checkout also with 1 worker of 2 ORT threads, in the first
 * round when SOCKSCOPE_BENCH_ORT_THREADS is set. Medians per figure, with the load average beside each run.
 *   npx tsx scripts/bench/batch-compare.ts BASE [ROUNDS=2] [ACCOUNTS=1000] [IMAGES=100]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeArchive } from '../../cli/batch/testing/make-archive';
import { median } from '../eval/eyes-stats';

const HERE = resolve(import.meta.dirname, '../..');
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

/** Runs a script with tsx in a fresh process, in `root`, and returns its last line of output. */
function lastLine(root: string, script: string, args: string[]): string {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  return stdout.trim().split('\n').pop() ?? '{}';
}

async function main(): Promise<void> {
  const base = process.argv[2];
  if (!base) throw new Error('usage: batch-compare.ts BASE_CHECKOUT [ROUNDS] [ACCOUNTS] [IMAGES]');
  const [rounds, accounts, images] = [Number(process.argv[3] ?? 2), Number(process.argv[4] ?? 1000), process.argv[5] ?? '100'];
  const sides: Array<[string, string]> = [['before', resolve(base)], ['after', HERE]];
  const root = mkdtempSync(join(tmpdir(), 'sockscope-batch-compare-'));
  const figures = new Map<string, number[]>();
  const add = (key: string, v: number): void => void figures.set(key, [...(figures.get(key) ?? []), v]);
  try {
    const archive = join(root, 'archive');
    await makeArchive(archive, { accounts, tweets: accounts * 10 });
    console.log(`archive of ${accounts} accounts; load ${load()}`);
    for (let r = 0; r < rounds; r++) {
      // Each side's pipeline in its own process (this checkout's script, that side's modules), the order
      // alternating by round: two onnxruntime-node bindings in one process abort when the checkouts'
      // node_modules are hard-linked copies of one another (napi's cleanup hook is registered twice).
      const stages: Array<Record<string, number>> = sides.map(() => ({}));
      for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const line = lastLine(HERE, join(HERE, 'scripts/bench/batch-stages.ts'), [images, 'native', sides[i]![1]]);
        stages[i] = (JSON.parse(line) as Array<Record<string, number>>)[0] ?? {};
      }
      sides.forEach(([side], i) => {
        for (const [k, v] of Object.entries(stages[i] ?? {})) add(`${side} stage ${k}`, v);
        console.log(`round ${r + 1} ${side}: stages ${Object.entries(stages[i] ?? {}).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' · ')}   [load ${load()}]`);
      });
      for (const [side, dir] of r % 2 === 0 ? sides : [...sides].reverse()) {
        const runs: Array<[string, string[]]> = [['1 worker', ['1', 'native', '2']], ['2 workers', ['2', 'native', '2']]];
        // Two ORT threads per worker (measured slower on 2026-12-07: the intra-op threads spin): once, on request.
        if (side === 'after' && r === 0 && process.env.SOCKSCOPE_BENCH_ORT_THREADS) runs.push(['1 worker, 2 ORT threads', ['1', 'native', '2', '2']]);
        for (const [name, args] of runs) {
          const out = join(root, `out-${side}-${r}-${name.replace(/\W+/g, '-')}`);
          const t = JSON.parse(lastLine(dir, join(dir, 'scripts/bench/batch-run.ts'), [archive, out, ...args])) as Record<string, number>;
          rmSync(out, { recursive: true, force: true });
          add(`${side} ${name} avatars/s`, t.perSecond!);
          add(`${side} ${name} CPU ms/avatar`, t.cpuMsPerImage!);
          console.log(`round ${r + 1} ${side}: ${name}: ${t.perSecond!.toFixed(1)} avatars/s, CPU ${t.cpuMsPerImage!.toFixed(2)} ms/avatar, peak RSS ${t.peakRssMb!.toFixed(0)} MB   [load ${load()}]`);
        }
      }
    }
    console.log(`\nmedians of ${rounds} rounds (before: ${base}):`);
    const keys = [...new Set([...figures.keys()].map((k) => k.replace(/^(before|after) /, '')))];
    for (const k of keys) {
      const [b, a] = [figures.get(`before ${k}`), figures.get(`after ${k}`)];
      const [mb, ma] = [b ? median(b) : NaN, a ? median(a) : NaN];
      console.log(`  ${k.padEnd(42)} before ${mb.toFixed(2).padStart(8)}   after ${ma.toFixed(2).padStart(8)}   after ÷ before ${(ma / mb).toFixed(2)}×`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('[sockscope:bench-batch-compare]', err);
  process.exit(1);
});
