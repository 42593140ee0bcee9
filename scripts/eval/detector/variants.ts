/**
 * What a detector variant changes against the shipped one, per population, on sources stage 2 never
 * trained on and the int8 calibration never saw (stage 2's `test` and `val` sources; models/training/config.py).
 * Per image, the shipped pipeline (fp32, all passes) and each variant run in turn in one process:
 *   - int8: the quantised graph given (every pass), against scripts/eval/detector/int8-rule.md;
 *   - one pass: the shipped graph without the refine pass (what the refine pass decides);
 * and, for the shipped pipeline, what its second (full letterbox, when the zoomed-out pass finds no face) and
 * third (refine) passes change. Figures: faces found/lost, eye shift as % of the inter-eye distance (median,
 * p95), the StyleGAN eye-distance gate's decisions (stage 2 run or not) flipped, final verdicts flipped.
 *   npx tsx scripts/eval/detector/variants.ts INT8.onnx [--cap 100]
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { analyzeBytes } from '../../../analysis/analyze-bytes';
import type { AnalysedVerdict } from '../../../analysis/analysed-verdict';
import { BLAZEFACE } from '../../../analysis/detect/blazeface-config';
import type { DetectOptions } from '../../../analysis/detect/face-detect';
import { decodeNode } from '../../../analysis/image/decode-node';
import { setupNodeOrt, nodeModelLoader } from '../../../analysis/ml/node-models';
import { configureOrt, runModel as ortRun, setModelLoader } from '../../../analysis/ml/ort';
import { setModelRunner } from '../../../analysis/ml/model-runner';
import { loadRows, type FaceRow } from '../eyes-split';
import { median, quantile } from '../eyes-stats';

/** Stage 2's `train` sources in ../shared (models/training/config.py): the int8 calibration's only images. */
const CALIBRATION_SOURCES = ['warm-ice0x00/face-recognition-training', 'zoya2244/AI-Lab-Final-Project-FALL25', 'BaseMax/FakeFaces', 'dinablachman/realorfake'];
const POPULATIONS: Record<string, string> = {
  'gan-stylegan': 'StyleGAN faces', 'gan-other': 'other GAN faces', 'real-aligned-ffhq': 'aligned real photos',
  'real-aligned-celeba': 'aligned real photos', 'real-wild': 'wild real photos',
};
const INT8 = `${BLAZEFACE.name}-int8`;

interface Outcome { verdict: AnalysedVerdict; passes: boolean[] }

let useInt8 = false;
let passes: boolean[] = [];

async function run(bytes: Uint8Array, int8: boolean, detect: DetectOptions = {}): Promise<Outcome> {
  useInt8 = int8;
  passes = [];
  const verdict = await analyzeBytes(bytes, null, decodeNode, { detect });
  return { verdict, passes };
}

const key = (v: AnalysedVerdict): string => (v.status === 'ok' ? `${v.decision}/${v.band}` : v.status);
const gate = (v: AnalysedVerdict): boolean => v.status === 'ok' && v.forensic !== null;

/** Largest shift of the two eyes, as % of the shipped inter-eye distance; null unless both found a face. */
function eyeShift(a: AnalysedVerdict, b: AnalysedVerdict): number | null {
  if (a.status !== 'ok' || b.status !== 'ok') return null;
  const d = Math.hypot(a.eyes.right.x - a.eyes.left.x, a.eyes.right.y - a.eyes.left.y);
  const s = (p: { x: number; y: number }, q: { x: number; y: number }): number => Math.hypot(p.x - q.x, p.y - q.y);
  return (100 * Math.max(s(a.eyes.left, b.eyes.left), s(a.eyes.right, b.eyes.right))) / d;
}

interface Tally { n: number; found: number; lost: number; gate: number; verdict: number; shifts: number[] }
const tally = (): Tally => ({ n: 0, found: 0, lost: 0, gate: 0, verdict: 0, shifts: [] });

function add(t: Tally, base: AnalysedVerdict, other: AnalysedVerdict): void {
  t.n++;
  const [a, b] = [base.status === 'ok', other.status === 'ok'];
  if (!a && b) t.found++;
  if (a && !b) t.lost++;
  if (gate(base) !== gate(other)) t.gate++;
  if (key(base) !== key(other)) t.verdict++;
  const s = eyeShift(base, other);
  if (s !== null) t.shifts.push(s);
}

const pct = (k: number, n: number): string => `${k} (${((100 * k) / n).toFixed(2)}%)`;

function print(title: string, byPop: Map<string, Tally>): void {
  console.log(`\n## ${title}`);
  console.log('population | images | faces found / lost | eye shift % median / p95 | gate flips | verdict flips');
  for (const [pop, t] of byPop) {
    console.log(`${pop} | ${t.n} | ${t.found} / ${t.lost} | ${median(t.shifts).toFixed(2)} / ${quantile(t.shifts, 0.95).toFixed(2)} | ${pct(t.gate, t.n)} | ${pct(t.verdict, t.n)}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { cap: { type: 'string', default: '100' } } });
  const int8Path = positionals[0];
  if (!int8Path) throw new Error('usage: variants.ts INT8.onnx [--cap N]');
  setupNodeOrt({ backend: 'native' });
  configureOrt({ backend: 'native' });
  const fallback = nodeModelLoader();
  setModelLoader(async (name) => (name === INT8 ? new Uint8Array(readFileSync(int8Path)) : fallback(name)));
  // Routes the detector to the graph under test, and notes whether each pass kept an anchor.
  setModelRunner(async (name, feeds) => {
    const out = await ortRun(name === BLAZEFACE.name && useInt8 ? INT8 : name, feeds);
    if (name === BLAZEFACE.name) passes.push((out[BLAZEFACE.outputs.index]?.data.length ?? 0) > 0);
    return out;
  });
  const rows: FaceRow[] = loadRows('both', Number(values.cap)).filter((r) => !CALIBRATION_SOURCES.includes(r.source));
  console.log(`${rows.length} images from ${new Set(rows.map((r) => r.source)).size} sources; load ${loadavg()[0]!.toFixed(2)}`);
  const tables = { int8: new Map<string, Tally>(), onePass: new Map<string, Tally>() };
  const passCounts = new Map<string, { images: number; runs: number; fallbackFound: number; refined: number }>();
  for (const row of rows) {
    const pop = POPULATIONS[row.category] ?? row.category;
    const bytes = new Uint8Array(await readFile(row.path));
    const base = await run(bytes, false);
    const int8 = await run(bytes, true);
    const one = await run(bytes, false, { refine: false });
    for (const [name, other] of [['int8', int8], ['onePass', one]] as const) {
      const t = tables[name].get(pop) ?? tally();
      tables[name].set(pop, t);
      add(t, base.verdict, other.verdict);
    }
    const c = passCounts.get(pop) ?? { images: 0, runs: 0, fallbackFound: 0, refined: 0 };
    passCounts.set(pop, c);
    c.images++;
    c.runs += base.passes.length;
    if (base.passes[0] === false && base.passes[1] === true) c.fallbackFound++;
    if (base.passes.length === 3 || (base.passes.length === 2 && base.passes[0] === true)) c.refined++;
  }
  print(`int8 (${int8Path}) against the shipped fp32 detector`, tables.int8);
  print('one pass (no refine pass) against the shipped detector', tables.onePass);
  console.log('\n## the shipped detector\'s passes');
  console.log('population | images | passes per image | faces only the full-letterbox pass found | refine passes');
  for (const [pop, c] of passCounts) console.log(`${pop} | ${c.images} | ${(c.runs / c.images).toFixed(2)} | ${c.fallbackFound} | ${c.refined} (${((100 * c.refined) / c.images).toFixed(1)}%)`);
  console.log(`\nload ${loadavg()[0]!.toFixed(2)}`);
}

await main();
