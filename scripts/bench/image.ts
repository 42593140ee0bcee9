/**
 * Per-avatar timings of the Node image pipeline (sharp decode, BlazeFace detection with refine, full
 * analyzeBytes). `benchImages` is the reusable part; other benchmark scripts call it with their own files.
 *   npx tsx scripts/bench/image.ts [N=60]     (N images from ../shared/data/faces, both labels)
 */
import { readFile } from 'node:fs/promises';
import { analyzeBytes } from '../../analysis/analyze-bytes';
import { detectFaces } from '../../analysis/detect/face-detect';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { createSession } from '../../analysis/ml/ort';
import { scoreForensic } from '../../analysis/classifier/forensic-classifier';
import { FORENSIC_CONFIG, FORENSIC_MODEL_NAME } from '../../analysis/classifier/forensic-config';
import { alignFace } from '../../analysis/classifier/align-face';
import { decodeNode } from '../../analysis/image/decode-node';
import { loadRows } from '../eval/eyes-split';
import { median, quantile } from '../eval/eyes-stats';

export interface Timing {
  medianMs: number;
  p95Ms: number;
}

export interface ImageBench {
  images: number;
  sessionCreateMs: number;
  decode: Timing;
  detect: Timing;
  /** Stage 2's alignment of the face into the FFHQ frame (timed on every face, whether or not stage 2 would run). */
  preprocess: Timing;
  /** Alignment + stage-2 inference. */
  classify: Timing;
  analyzeBytes: Timing;
  /** Images whose analyzeBytes ran stage 2 (only faces whose eyes match the StyleGAN spots). */
  classified: number;
  /** analyzeBytes of the images that ran stage 2, and of those that stopped at stage 1. */
  withStage2: Timing;
  withoutStage2: Timing;
  /** Images per second through analyzeBytes, one after another on this thread. */
  avatarsPerSecond: number;
}

const timing = (xs: number[]): Timing => ({ medianMs: median(xs), p95Ms: quantile(xs, 0.95) });

/** Times decode, detect and the whole analyzeBytes for each file (after one warm-up session create). */
export async function benchImages(paths: string[]): Promise<ImageBench> {
  setupNodeOrt();
  const t0 = performance.now();
  await createSession('blazeface');
  await createSession(FORENSIC_MODEL_NAME);
  const sessionCreateMs = performance.now() - t0;
  const decode: number[] = [];
  const detect: number[] = [];
  const prep: number[] = [];
  const cls: number[] = [];
  const total: number[] = [];
  let classified = 0;
  const ran: number[] = [];
  const skipped: number[] = [];
  for (const path of paths) {
    const bytes = new Uint8Array(await readFile(path));
    let t = performance.now();
    const img = await decodeNode(bytes);
    decode.push(performance.now() - t);
    t = performance.now();
    const face = (await detectFaces(img))[0];
    detect.push(performance.now() - t);
    if (face) {
      t = performance.now();
      alignFace(img, face.eyes, FORENSIC_CONFIG.frame);
      prep.push(performance.now() - t);
      t = performance.now();
      await scoreForensic(img, face.eyes);
      cls.push(performance.now() - t);
    }
    t = performance.now();
    const v = await analyzeBytes(bytes, null, decodeNode);
    const ms = performance.now() - t;
    total.push(ms);
    if (v.status === 'ok' && v.forensic !== null) {
      classified++;
      ran.push(ms);
    } else skipped.push(ms);
  }
  const sum = total.reduce((a, b) => a + b, 0);
  return {
    images: paths.length, sessionCreateMs, decode: timing(decode), detect: timing(detect), preprocess: timing(prep), classify: timing(cls),
    analyzeBytes: timing(total), classified, withStage2: timing(ran), withoutStage2: timing(skipped), avatarsPerSecond: sum > 0 ? (1000 * paths.length) / sum : 0,
  };
}

/** Human lines for a bench result. */
export function formatBench(b: ImageBench): string[] {
  const row = (name: string, t: Timing): string => `${name.padEnd(13)} median ${t.medianMs.toFixed(1).padStart(6)} ms   p95 ${t.p95Ms.toFixed(1).padStart(6)} ms`;
  return [
    `image pipeline, ${b.images} avatars (Node, onnxruntime-web wasm, 1 thread); sessions created in ${b.sessionCreateMs.toFixed(0)} ms`,
    row('decode', b.decode),
    row('detect', b.detect),
    row('align (stage 2)', b.preprocess),
    row('stage 2', b.classify),
    `${row('analyzeBytes', b.analyzeBytes)}   (stage 2 ran on ${b.classified} of ${b.images}); ${b.avatarsPerSecond.toFixed(1)} avatars/s`,
    row('  stage 2 ran', b.withStage2),
    row('  stopped at 1', b.withoutStage2),
  ];
}

/**
 * Stage 2 runs only where the eyes match, so ordinary photos (most of a timeline) stop after stage 1:
 * the per-avatar median and avatars/s of 40 wild real avatars against 40 GAN faces.
 */
export async function benchByPopulation(): Promise<string[]> {
  const many = loadRows('both', 8);
  const lines: string[] = [];
  for (const [name, keep] of [
    ['wild real avatars', (r: (typeof many)[number]) => r.label === 'real' && r.group === 'wild'],
    ['GAN faces', (r: (typeof many)[number]) => r.label === 'gan'],
  ] as const) {
    const b = await benchImages(many.filter(keep).slice(0, 40).map((r) => r.path));
    lines.push(`${name}: ${b.images} avatars, analyzeBytes median ${b.analyzeBytes.medianMs.toFixed(1)} ms, ${b.avatarsPerSecond.toFixed(1)} avatars/s, stage 2 ran on ${b.classified}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 60);
  const rows = loadRows('both', Math.max(1, Math.ceil(n / 20)));
  const picked = rows.filter((_, i) => i % Math.max(1, Math.floor(rows.length / n)) === 0).slice(0, n);
  for (const line of formatBench(await benchImages(picked.map((r) => r.path)))) console.log(line);
  for (const line of await benchByPopulation()) console.log(line);
}
