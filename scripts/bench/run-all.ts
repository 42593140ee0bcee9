/**
 * `npm run bench`: every benchmark, with the machine it ran on. Figures are printed, never asserted.
 *   Node image pipeline · coordination signals (if present) · known-network import · sockscope batch · the extension in Chromium, then in Firefox,
 *   with a table setting the two side by side · package size · and, with SOCKSCOPE_BENCH_BASE=<an earlier
 *   checkout>, the before/after table (scripts/bench/compare.ts), both measured in this run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchByPopulation, benchImages, formatBench } from './image';
import { benchExtension } from './extension';
import { benchFirefox } from './firefox';
import { compareBrowsers, machineLine, type BrowserFigures } from './browsers';
import { FIREFOX } from '../../e2e/firefox/support/launch-firefox';
import { loadRows } from '../eval/eyes-split';
import { compareWithBase } from './compare';

const ROOT = resolve(import.meta.dirname, '../..');

function section(title: string): void {
  console.log(`\n== ${title}`);
}

async function main(): Promise<void> {
  console.log(`machine: ${machineLine()}`);

  section('image pipeline in Node (onnxruntime-web wasm)');
  const rows = loadRows('both', 3);
  const step = Math.max(1, Math.floor(rows.length / 60));
  const picked = rows.filter((_, i) => i % step === 0).slice(0, 60).map((r) => r.path);
  for (const line of formatBench(await benchImages(picked))) console.log(line);
  for (const line of await benchByPopulation()) console.log(line);

  if (existsSync(resolve(ROOT, 'scripts/bench/signals.ts'))) {
    section('coordination signals and evidence store (10k posts)');
    execFileSync('npx', ['tsx', 'scripts/bench/signals.ts'], { stdio: 'inherit', cwd: ROOT });
  }

  section('known-network import: streamed tweets CSV (CLI filter and evidence store)');
  execFileSync('npx', ['tsx', 'scripts/bench/known-content.ts'], { stdio: 'inherit', cwd: ROOT });

  section('sockscope batch: per-stage profile, avatars/s with 1 and all cores, memory per worker (2,000 accounts)');
  execFileSync('npx', ['tsx', 'scripts/bench/batch.ts', '2', '2000'], { stdio: 'inherit', cwd: ROOT });

  section('coordination at scale: sockscope batch over tweets-only archives of 250k, 500k and 1M tweets (time, peak memory, links)');
  execFileSync('npx', ['tsx', 'scripts/bench/coordination-scale.ts'], { stdio: 'inherit', cwd: ROOT });

  section('coordination on real data (scripts/eval/coordination-sources.json; skipped where the copies are absent)');
  execFileSync('npx', ['tsx', 'scripts/eval/coordination.ts'], { stdio: 'inherit', cwd: ROOT });

  section('extension in headless Chromium');
  const chromium: BrowserFigures = { browser: 'Chromium' };
  for (const line of await benchExtension(chromium)) console.log(line);

  section('extension in headless Firefox (firefox-esr over WebDriver BiDi)');
  if (existsSync(FIREFOX)) {
    const firefox = await benchFirefox();
    for (const line of firefox.lines) console.log(line);
    section('Firefox beside Chromium (this run, this machine)');
    for (const line of compareBrowsers(chromium, firefox.figures)) console.log(line);
  } else {
    console.log(`skipped: ${FIREFOX} not found (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  }

  section('package size');
  execFileSync('npx', ['wxt', 'zip'], { stdio: 'ignore', cwd: ROOT });
  const zips = readdirSync(resolve(ROOT, '.output')).filter((f) => f.endsWith('-chrome.zip'));
  for (const z of zips) console.log(`${z}: ${(statSync(resolve(ROOT, '.output', z)).size / 2 ** 20).toFixed(2)} MiB`);
  for (const folder of readdirSync(resolve(ROOT, 'models'), { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const m of readdirSync(resolve(ROOT, 'models', folder.name)).filter((f) => f.endsWith('.onnx'))) {
      console.log(`models/${folder.name}/${m}: ${(statSync(resolve(ROOT, 'models', folder.name, m)).size / 1024).toFixed(0)} KiB`);
    }
  }

  const base = process.env.SOCKSCOPE_BENCH_BASE;
  section('before/after: an earlier checkout beside this one, rounds interleaved (SOCKSCOPE_BENCH_BASE)');
  if (base) for (const line of await compareWithBase(base, Number(process.env.SOCKSCOPE_BENCH_ROUNDS ?? 2))) console.log(line);
  else console.log('skipped: set SOCKSCOPE_BENCH_BASE to an earlier checkout (with its node_modules) to print the table');
}

main().catch((err: unknown) => {
  console.error('[sockscope:bench]', err);
  process.exit(1);
});
