/**
 * Eye-geometry evaluation: runs the full TS pipeline (limits, sharp decode, BlazeFace, GANEyeDistance) over
 * a source-aware subset of ../shared/data/faces and prints, per half and category, face-detection failures
 * and the share flagged at several distance thresholds (recall on GAN, false positives on real).
 * Tune on --half tune, report on --half report. Usage:
 *   npx tsx scripts/eval/eyes.ts [--half tune|report|both] [--cap 80] [--variants [--only a,b]] [--json out.json [--dump]]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { analyzeBytes } from '../../analysis/analyze-bytes';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import type { DetectOptions } from '../../analysis/detect/face-detect';
import { decodeNode } from '../../analysis/image/decode-node';
import { CATEGORIES, loadRows, type Category, type FaceRow, type Half } from './eyes-split';
import { fitLogistic, median, quantile } from './eyes-stats';

export const THRESHOLDS = [0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04];

interface Measured {
  row: FaceRow;
  distance: number | null;
  error: string | null;
  eyes: { left: { x: number; y: number }; right: { x: number; y: number } } | null;
}

/** Runs one detector variant over the rows. */
export async function measure(rows: FaceRow[], detect: DetectOptions): Promise<Measured[]> {
  setupNodeOrt();
  const out: Measured[] = [];
  for (const row of rows) {
    const v = await analyzeBytes(new Uint8Array(await readFile(row.path)), null, decodeNode, { detect });
    if (v.status === 'ok') out.push({ row, distance: v.eyeDistance, error: null, eyes: v.eyes });
    else out.push({ row, distance: null, error: v.status === 'error' ? v.error : null, eyes: null });
  }
  return out;
}

/** Per-category figures for one half. */
export function summarise(results: Measured[], half: Half) {
  return CATEGORIES.map((category: Category) => {
    const mine = results.filter((r) => r.row.half === half && r.row.category === category);
    const ds = mine.flatMap((r) => (r.distance === null ? [] : [r.distance]));
    const flagged = Object.fromEntries(THRESHOLDS.map((t) => [t, mine.length ? ds.filter((d) => d < t).length / mine.length : NaN]));
    return {
      category,
      n: mine.length,
      sources: [...new Set(mine.map((r) => r.row.source))],
      noFace: mine.length ? mine.filter((r) => r.distance === null).length / mine.length : NaN,
      errors: mine.filter((r) => r.error !== null).length,
      medianDistance: median(ds),
      p90Distance: quantile(ds, 0.9),
      flagged,
    };
  }).filter((s) => s.n > 0);
}

const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function printTable(title: string, summary: ReturnType<typeof summarise>): void {
  console.log(`\n## ${title}  (flagged = eye distance < T; no face = not flagged)`);
  console.log(`category              n  no-face  median   p90  | ${THRESHOLDS.map((t) => `T=${t.toFixed(3)}`).join(' ')}`);
  for (const s of summary) {
    const cells = THRESHOLDS.map((t) => pct(s.flagged[t] ?? NaN).padStart(7)).join(' ');
    console.log(`${s.category.padEnd(20)}${String(s.n).padStart(4)}  ${pct(s.noFace)}  ${s.medianDistance.toFixed(3)}  ${s.p90Distance.toFixed(3)} | ${cells}`);
  }
}

/** Median detected eye positions on StyleGAN faces: the detector's bias against the reference points. */
function eyeBias(results: Measured[]): string {
  const eyes = results.filter((r) => r.row.category === 'gan-stylegan' && r.eyes).map((r) => r.eyes!);
  const m = (f: (e: (typeof eyes)[number]) => number): string => median(eyes.map(f)).toFixed(4);
  const sd = (f: (e: (typeof eyes)[number]) => number): string => {
    const xs = eyes.map(f);
    const mu = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, b) => a + (b - mu) ** 2, 0) / xs.length).toFixed(4);
  };
  return `StyleGAN eyes (n=${eyes.length}): L median (${m((e) => e.left.x)}, ${m((e) => e.left.y)}) sd (${sd((e) => e.left.x)}, ${sd((e) => e.left.y)}); R median (${m((e) => e.right.x)}, ${m((e) => e.right.y)}) sd (${sd((e) => e.right.x)}, ${sd((e) => e.right.y)})`;
}

async function main(args: string[]): Promise<void> {
  const arg = (name: string): string | undefined => args[args.indexOf(name) + 1];
  const half = (args.includes('--half') ? arg('--half') : 'both') as Half | 'both';
  const cap = Number(args.includes('--cap') ? arg('--cap') : 80);
  const variants: Array<[string, DetectOptions]> = args.includes('--variants')
    ? [
        ['full-frame-single', { zoomOut: 1, refine: false }],
        ['full-frame+refine-2x (0.2.0)', { zoomOut: 1, refineBelow: Infinity, refineMargin: 2 }],
        ['zoom-out-1.5', { zoomOut: 1.5, refine: false }],
        ['zoom-out-2-single', { refine: false }],
        ['zoom-out-2, refine small or near (shipped)', {}],
        ['zoom-out-2.5', { zoomOut: 2.5, refine: false }],
        ['zoom-out-3', { zoomOut: 3, refine: false }],
      ]
    : [['shipped', {}]];
  const only = args.includes('--only') ? arg('--only')!.split(',') : null;
  if (only) variants.splice(0, variants.length, ...variants.filter(([n]) => only.includes(n)));
  const rows = loadRows(half, cap);
  const report: Record<string, unknown> = { cap, thresholds: THRESHOLDS };
  for (const [name, detect] of variants) {
    const t0 = performance.now();
    const results = await measure(rows, detect);
    console.log(`\n# variant ${name}: ${rows.length} images in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    for (const h of ['tune', 'report'] as const) {
      const summary = summarise(results, h);
      if (summary.length === 0) continue;
      printTable(`${name} / ${h} half`, summary);
      const mine = results.filter((r) => r.row.half === h);
      console.log(eyeBias(mine));
      const fit = fitLogistic(mine.flatMap((r) => (r.distance === null || r.row.category === 'gan-other' ? [] : [{ x: r.distance, y: r.row.label === 'gan' ? 1 : 0 }])));
      console.log(`logistic fit P(gan|d) (balanced, StyleGAN vs real): d50 = ${fit.d50.toFixed(4)}, softness = ${fit.softness.toFixed(4)}`);
      report[`${name}/${h}`] = { summary, fit };
      if (args.includes('--dump')) report[`${name}/${h}/images`] = mine.map((r) => ({ path: r.row.path, category: r.row.category, distance: r.distance, eyes: r.eyes, error: r.error }));
    }
  }
  if (args.includes('--json')) await writeFile(arg('--json')!, JSON.stringify(report, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
