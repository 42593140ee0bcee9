/**
 * Evaluates the shipped int8 GAN-face model through the TypeScript pipeline (sharp decode →
 * classifier-preprocess → onnxruntime-web in Node) on the validation and held-out test splits in
 * ../shared, per condition, per source and per generator, and writes models/metrics.json. The same
 * images also go through analyzeImage, the score the badge shows (eyes + classifier fused): `fused`.
 *
 * Run: `npx tsx scripts/eval-model.ts [--limit N] [--splits val,test] [--out models/metrics.json]`.
 * Conditions and the split come from models/config.json and the split manifest (never restated here).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { setupNodeOrt } from '../analysis/ml/node-models';
import { ANALYSIS_CONFIG } from '../analysis/analysis-config';
import { analyzeImage, DEFAULT_PROVIDERS, modelVersionOf } from '../analysis/analyze';
import type { RgbaImage } from '../analysis/image/types';
import { GAN_MODEL_CONFIG, preprocessForClassifier } from '../analysis/classifier/classifier-preprocess';
import { classify } from '../analysis/classifier/gan-classifier';
import { releaseSessions } from '../analysis/ml/ort';
import { sharedPath } from '../utils/testing/shared-data';
import config from '../models/config.json' with { type: 'json' };

const REPO = resolve(import.meta.dirname, '..');

export interface Item { path: string; label: 0 | 1; group: string; source: string }
export interface Condition { name: string; size: number; jpegQuality: number | null; offCentre: boolean }
interface Rates { tpr: number | null; fpr: number | null; tp: number; fp: number; fn: number; tn: number }

/** Reads the split manifest and joins it with images.tsv (label, group, source). */
export function readSplits(): Record<string, Item[]> {
  const rows = readFileSync(sharedPath('data/faces/images.tsv'), 'utf8').trim().split('\n').slice(1);
  const byPath = new Map<string, Item>();
  for (const row of rows) {
    const [label, group, source, , , , , , path] = row.split('\t');
    if (path && group && source) byPath.set(path, { path, label: label === 'gan' ? 1 : 0, group, source });
  }
  const manifest = JSON.parse(readFileSync(resolve(REPO, config.evaluation.manifest), 'utf8')) as { splits: Record<string, string[]> };
  const out: Record<string, Item[]> = {};
  for (const [name, paths] of Object.entries(manifest.splits)) {
    out[name] = paths.map((p) => {
      const it = byPath.get(p);
      if (!it) throw new Error(`[sockscope:eval] ${p} is in the manifest but not in images.tsv`);
      return it;
    });
  }
  return out;
}

/** Avatar-like processing with sharp: the same crop boxes as augment.platform_condition, then resize + JPEG. */
export async function processAvatar(file: string, c: Condition): Promise<RgbaImage> {
  const meta = await sharp(file).metadata();
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  const s = Math.min(w, h);
  const crop = c.offCentre ? Math.floor(s * 0.8) : s;
  // Off-centre: keep 80% of the side, pushed right and half-way down (as in the Python evaluation).
  const left = Math.floor((w - s) / 2) + (c.offCentre ? s - crop : 0);
  const top = Math.floor((h - s) / 2) + (c.offCentre ? Math.floor((s - crop) / 2) : 0);
  let img = sharp(file).removeAlpha().extract({ left, top, width: crop, height: crop }).resize(c.size, c.size, { fit: 'fill' });
  const encoded = c.jpegQuality === null ? await img.png().toBuffer() : await img.jpeg({ quality: c.jpegQuality }).toBuffer();
  img = sharp(encoded).ensureAlpha();
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

/** ROC-AUC (Mann-Whitney, ties count half). */
function auc(labels: number[], scores: number[]): number | null {
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  if (pos.length === 0 || neg.length === 0) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** Smallest logit threshold whose FPR is ≤ maxFpr (same rule as metrics.threshold_at_fpr). */
function thresholdAtFpr(negatives: number[], maxFpr: number): number {
  const sorted = [...negatives].sort((a, b) => b - a);
  const allowed = Math.floor(maxFpr * sorted.length);
  if (allowed >= sorted.length) return sorted[sorted.length - 1]!;
  const next = sorted[allowed]!;
  return next + Math.max(Math.abs(next) * 1e-12, 1e-12); // strictly above the first disallowed negative
}

function ratesAt(labels: number[], scores: number[], t: number): Rates {
  const r = { tp: 0, fp: 0, fn: 0, tn: 0 };
  scores.forEach((s, i) => {
    const flag = s >= t;
    if (labels[i] === 1) flag ? r.tp++ : r.fn++;
    else flag ? r.fp++ : r.tn++;
  });
  return { tpr: r.tp + r.fn ? r.tp / (r.tp + r.fn) : null, fpr: r.fp + r.tn ? r.fp / (r.fp + r.tn) : null, ...r };
}

function tprAtFpr(labels: number[], scores: number[], maxFpr: number): number | null {
  const neg = scores.filter((_, i) => labels[i] === 0);
  if (neg.length === 0 || neg.length === labels.length) return null;
  return ratesAt(labels, scores, thresholdAtFpr(neg, maxFpr)).tpr;
}

/** Metrics of one score over a split: overall, per source at threshold `t`, and per generator group at fixed FPRs. */
function summarise(items: Item[], logits: number[], t: number) {
  const labels = items.map((it) => it.label);
  const perSource: Record<string, { n: number } & Rates> = {};
  const groups = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = `${it.label ? 'gan' : 'real'}:${it.group}:${it.source}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const [key, ix] of [...groups].sort()) {
    perSource[key] = { n: ix.length, ...ratesAt(ix.map((i) => labels[i]!), ix.map((i) => logits[i]!), t) };
  }
  // Per generator: the share of its faces above the threshold that flags 0.5% (2%) of ALL real faces.
  const negatives = logits.filter((_, i) => labels[i] === 0);
  const cuts = negatives.length ? { fpr0_5: thresholdAtFpr(negatives, 0.005), fpr2: thresholdAtFpr(negatives, 0.02) } : null;
  const perGroup: Record<string, { n: number; tprAtFpr0_5: number | null; tprAtFpr2: number | null }> = {};
  for (const group of new Set(items.filter((it) => it.label === 1).map((it) => it.group))) {
    const scores = logits.filter((_, i) => items[i]!.label === 1 && items[i]!.group === group);
    const share = (cut: number | undefined) => (cut === undefined ? null : scores.filter((x) => x >= cut).length / scores.length);
    perGroup[group] = { n: scores.length, tprAtFpr0_5: share(cuts?.fpr0_5), tprAtFpr2: share(cuts?.fpr2) };
  }
  return {
    n: items.length,
    auc: auc(labels, logits),
    tprAtFpr0_5: tprAtFpr(labels, logits, 0.005),
    tprAtFpr1: tprAtFpr(labels, logits, 0.01),
    tprAtFpr2: tprAtFpr(labels, logits, 0.02),
    atThreshold: ratesAt(labels, logits, t),
    perGroup,
    perSource,
  };
}

/** Every k-th item, so a --limit run still covers every source. */
function sample(items: Item[], limit: number | undefined): Item[] {
  if (!limit || limit >= items.length) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}

/** Warm latency of classify() on a 400×400 avatar (after one cold run that creates the session). */
async function timeWarm(runs = 30): Promise<{ classifyMedianMs: number; preprocessMedianMs: number; runs: number; threads: number }> {
  const img: RgbaImage = { width: 400, height: 400, data: new Uint8ClampedArray(400 * 400 * 4).fill(128) };
  await classify(img);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const total: number[] = [];
  const pre: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    preprocessForClassifier(img);
    pre.push(performance.now() - t);
    t = performance.now();
    await classify(img);
    total.push(performance.now() - t);
  }
  return { classifyMedianMs: median(total), preprocessMedianMs: median(pre), runs, threads: 1 };
}

const fmt = (v: number | null): string => (v === null ? '  n/a' : v.toFixed(3));

/** CLI entry: returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { limit: { type: 'string' }, splits: { type: 'string', default: 'val,test' }, out: { type: 'string', default: resolve(REPO, 'models/metrics.json') } } });
  const limit = values.limit ? Number(values.limit) : undefined;
  setupNodeOrt();
  const splits = readSplits();
  const conditions = config.evaluation.conditions as Condition[];
  const report: Record<string, unknown> = { model: GAN_MODEL_CONFIG.model, version: GAN_MODEL_CONFIG.version, sha256: GAN_MODEL_CONFIG.sha256, thresholdLogit: GAN_MODEL_CONFIG.thresholdLogit, threshold: GAN_MODEL_CONFIG.threshold, pipeline: 'TypeScript: sharp decode → classifier-preprocess → onnxruntime-web (Node, wasm, 1 thread)', heldoutSources: config.evaluation.heldoutSources, limit: limit ?? null, results: {} };
  const results = report.results as Record<string, Record<string, ReturnType<typeof summarise>>>;
  // The shipped image score (analyzeImage: BlazeFace eyes + classifier, fused), flagged at ANALYSIS_CONFIG.flagScore.
  const fused: typeof results = {};
  report.fused = { flagScore: ANALYSIS_CONFIG.flagScore, version: modelVersionOf(ANALYSIS_CONFIG, DEFAULT_PROVIDERS), results: fused };
  for (const split of values.splits.split(',')) {
    const items = sample(splits[split] ?? [], limit);
    results[split] = {};
    fused[split] = {};
    for (const c of conditions) {
      const logits: number[] = [];
      const scores: number[] = [];
      for (const it of items) {
        const img = await processAvatar(sharedPath('data/faces', it.path), c);
        logits.push((await classify(img)).logit);
        // What the badge shows: detection, eye geometry and classifier fused (a face not found is not flagged).
        const v = await analyzeImage(img, it.path);
        scores.push(v.status === 'ok' ? v.score : 0);
      }
      const r = summarise(items, logits, GAN_MODEL_CONFIG.thresholdLogit);
      const f = summarise(items, scores, ANALYSIS_CONFIG.flagScore);
      results[split]![c.name] = r;
      fused[split]![c.name] = f;
      for (const [what, x] of [['classifier', r], ['fused', f]] as const)
        console.log(`${split.padEnd(5)} ${c.name.padEnd(10)} ${what.padEnd(10)} n=${x.n} AUC ${fmt(x.auc)} TPR@0.5%FPR ${fmt(x.tprAtFpr0_5)} TPR@1%FPR ${fmt(x.tprAtFpr1)} TPR@2%FPR ${fmt(x.tprAtFpr2)} | threshold: TPR ${fmt(x.atThreshold.tpr)} FPR ${fmt(x.atThreshold.fpr)}`);
    }
  }
  const timing = await timeWarm();
  report.timing = timing;
  console.log(`warm classify() in Node wasm, 1 thread: median ${timing.classifyMedianMs.toFixed(2)} ms (preprocess ${timing.preprocessMedianMs.toFixed(2)} ms)`);
  writeFileSync(values.out, JSON.stringify(report, null, 1) + '\n');
  console.log(`wrote ${values.out}`);
  await releaseSessions();
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
