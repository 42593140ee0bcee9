/**
 * Where one avatar's CPU goes in `sockscope batch`, stage by stage, in one thread, on the mix of the bench
 * archive's ordinary accounts (nine wild photos to one StyleGAN face; its planted network adds more): median
 * CPU ms per avatar of each stage (stage 2 and the whole analyzeBytes as means, since stage 2 runs only where
 * the eyes match), over two passes, the first dropped as warm-up. Each ROOT (default this checkout) is a checkout whose pipeline is measured, its own
 * modules loaded by path, each image going through every pipeline in turn: an earlier commit's beside this
 * one's in one process. Prints a line per checkout, then all as one JSON line.
 *   npx tsx scripts/bench/batch-stages.ts [IMAGES=100] [BACKEND=native] [ROOT...]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { sharedPath } from '../../utils/testing/shared-data';
import { median } from '../eval/eyes-stats';

type Img = { width: number; height: number; data: Uint8ClampedArray };
type Eyes = { left: { x: number; y: number }; right: { x: number; y: number } };

/** `n` images spread over the shared faces: nine wild photos to one StyleGAN face, as the bench archive's ordinary accounts. */
export function archiveMix(n: number): string[] {
  const rows = readFileSync(sharedPath('data/faces/images.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t'));
  const of = (group: string): string[] => rows.filter((r) => r[1] === group).map((r) => sharedPath('data/faces', r[8] ?? ''));
  const spread = (xs: string[], k: number): string[] => Array.from({ length: k }, (_, i) => xs[Math.floor((i * xs.length) / k)]!);
  const gan = Math.round(n / 10);
  return [...spread(of('wild'), n - gan), ...spread(of('stylegan1'), gan)];
}

/** CPU ms (every thread of the process) that `f` takes. */
async function cpu<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const c0 = process.cpuUsage();
  const out = await f();
  const c = process.cpuUsage(c0);
  return [out, (c.user + c.system) / 1000];
}

/** The pipeline's stages as the checkout at `root` has them (its own modules, loaded by path). */
async function pipelineAt(root: string) {
  const at = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(root, path)).href)) as T;
  const [bytesMod, classifier, detect, eyes, decode, sha, nodeModels, ort, nonPhoto, release, phash, forensicConfig] = await Promise.all([
    at<{ analyzeBytes: (b: Uint8Array, t: null, d: (b: Uint8Array) => Promise<Img>) => Promise<unknown> }>('analysis/analyze-bytes.ts'),
    at<{ scoreForensic: (img: Img, eyes: Eyes) => Promise<unknown> }>('analysis/classifier/forensic-classifier.ts'),
    at<{ detectFaces: (img: Img) => Promise<Array<{ eyes: Eyes }>> }>('analysis/detect/face-detect.ts'),
    at<{ ganEyeDistance: (eyes: Eyes) => number }>('analysis/eyes/eye-geometry.ts'),
    at<{ decodeNode: (b: Uint8Array) => Promise<Img> }>('analysis/image/decode-node.ts'),
    at<{ sha256Hex: (b: Uint8Array) => Promise<string> }>('analysis/image/sha256.ts'),
    at<{ setupNodeOrt: (o: { backend: string; numThreads: number }) => void }>('analysis/ml/node-models.ts'),
    at<{ createSession: (name: string) => Promise<unknown> }>('analysis/ml/ort.ts'),
    at<{ classifyNonPhoto: (img: Img) => unknown }>('analysis/nonphoto/classify.ts'),
    at<{ eyePixelsOf: (eyes: Eyes, w: number, h: number) => number; textureDecides: (d: number, p: number) => boolean }>('core/release-verdict.ts'),
    at<{ phash: (img: Img) => string }>('signals/phash.ts'),
    at<{ FORENSIC_MODEL_NAME: string }>('analysis/classifier/forensic-config.ts'),
  ]);
  return { ...bytesMod, ...classifier, ...detect, ...eyes, ...decode, ...sha, ...nodeModels, ...ort, ...nonPhoto, ...release, ...phash, ...forensicConfig };
}

/**
 * Median CPU ms per avatar by stage, on `backend`, for the pipeline of each checkout in `roots`: every image
 * goes through each pipeline in turn (the order alternating from image to image), so a change in the
 * machine's load falls on all of them alike.
 */
export async function stageCpu(paths: string[], backend: string, roots: string[]): Promise<Array<Record<string, number>>> {
  const pipelines = await Promise.all(roots.map(pipelineAt));
  for (const p of pipelines) {
    p.setupNodeOrt({ backend, numThreads: 1 });
    await Promise.all([p.createSession('blazeface'), p.createSession(p.FORENSIC_MODEL_NAME)]);
  }
  const stages = ['read', 'sha256', 'decode', 'detect', 'phash', 'nonPhoto', 'stage2', 'analyzeBytes'];
  const t = pipelines.map(() => Object.fromEntries(stages.map((k) => [k, [] as number[]])));
  let turn = 0;
  for (const [pass, list] of [paths, paths].entries())
    for (const path of list) {
      const order = pipelines.map((_, i) => i);
      if (turn++ % 2 === 1) order.reverse();
      for (const i of order) {
        const p = pipelines[i]!;
        const rec = (name: string, v: number): void => void (pass > 0 && t[i]![name]!.push(v));
        const [bytes, r] = await cpu(() => new Uint8Array(readFileSync(path)));
        rec('read', r);
        rec('sha256', (await cpu(() => p.sha256Hex(bytes)))[1]);
        const [img, d] = await cpu(() => p.decodeNode(bytes));
        rec('decode', d);
        const [faces, f] = await cpu(() => p.detectFaces(img));
        rec('detect', f);
        rec('phash', (await cpu(() => p.phash(img)))[1]);
        rec('nonPhoto', (await cpu(() => p.classifyNonPhoto(img)))[1]);
        const face = faces[0];
        const gated = face && p.textureDecides(p.ganEyeDistance(face.eyes), p.eyePixelsOf(face.eyes, img.width, img.height));
        rec('stage2', gated ? (await cpu(() => p.scoreForensic(img, face.eyes)))[1] : 0);
        rec('analyzeBytes', (await cpu(() => p.analyzeBytes(bytes, null, p.decodeNode)))[1]);
      }
    }
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  return t.map((byStage) => Object.fromEntries(Object.entries(byStage).map(([k, xs]) => [k, k === 'stage2' || k === 'analyzeBytes' ? mean(xs) : median(xs)])));
}

if (process.argv[1]?.endsWith('batch-stages.ts')) {
  const [n = '100', backend = 'native', ...given] = process.argv.slice(2);
  const roots = given.length ? given : [resolve(import.meta.dirname, '../..')];
  // As in a batch worker (cli/batch/worker/analyse-worker.ts): one libvips thread, no operation cache.
  sharp.concurrency(1);
  sharp.cache(false);
  const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
  const before = load();
  const figures = await stageCpu(archiveMix(Number(n)), backend, roots);
  figures.forEach((f, i) => console.log(`${roots[i]}: ${Object.entries(f).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' · ')}   [load ${before} → ${load()}]`));
  console.log(JSON.stringify(figures));
}
