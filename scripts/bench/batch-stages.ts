/**
 * Where one avatar's CPU goes in `sockscope batch`, stage by stage, in one thread with native ORT, on the mix
 * the bench archive holds (about nine wild photos to one StyleGAN face): median CPU ms per avatar of each
 * stage, and of the whole analyzeBytes, over two passes (the first warms up and is dropped).
 *   npx tsx scripts/bench/batch-stages.ts [IMAGES=100] [BACKEND=native]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { analyzeBytes } from '../../analysis/analyze-bytes';
import { scoreForensic } from '../../analysis/classifier/forensic-classifier';
import { FORENSIC_MODEL_NAME } from '../../analysis/classifier/forensic-config';
import { detectFaces } from '../../analysis/detect/face-detect';
import { ganEyeDistance } from '../../analysis/eyes/eye-geometry';
import { decodeNode } from '../../analysis/image/decode-node';
import { sha256Hex } from '../../analysis/image/sha256';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { createSession, type OrtBackend } from '../../analysis/ml/ort';
import { classifyNonPhoto } from '../../analysis/nonphoto/classify';
import { eyePixelsOf, textureDecides } from '../../core/release-verdict';
import { phash } from '../../signals/phash';
import { sharedPath } from '../../utils/testing/shared-data';
import { median } from '../eval/eyes-stats';
import sharp from 'sharp';

/** `n` images spread over the shared faces: nine wild photos to one StyleGAN face, as the bench archive. */
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

/** Median CPU ms per avatar by stage; stage 2 averaged over all avatars (it runs only where the eyes match). */
export async function stageCpu(paths: string[]): Promise<Record<string, number>> {
  const t: Record<string, number[]> = { read: [], sha256: [], decode: [], detect: [], phash: [], nonPhoto: [], stage2: [], analyzeBytes: [] };
  for (const [pass, list] of [paths, paths].entries())
    for (const path of list) {
      const rec = (name: string, v: number): void => void (pass > 0 && t[name]!.push(v));
      const [bytes, r] = await cpu(() => new Uint8Array(readFileSync(path)));
      rec('read', r);
      rec('sha256', (await cpu(() => sha256Hex(bytes)))[1]);
      const [img, d] = await cpu(() => decodeNode(bytes));
      rec('decode', d);
      const [faces, f] = await cpu(() => detectFaces(img));
      rec('detect', f);
      rec('phash', (await cpu(() => phash(img)))[1]);
      rec('nonPhoto', (await cpu(() => classifyNonPhoto(img)))[1]);
      const face = faces[0];
      const gated = face && textureDecides(ganEyeDistance(face.eyes), eyePixelsOf(face.eyes, img.width, img.height));
      rec('stage2', gated ? (await cpu(() => scoreForensic(img, face.eyes)))[1] : 0);
      rec('analyzeBytes', (await cpu(() => analyzeBytes(bytes, null, decodeNode)))[1]);
    }
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  return Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, k === 'stage2' || k === 'analyzeBytes' ? mean(xs) : median(xs)]));
}

if (process.argv[1]?.endsWith('batch-stages.ts')) {
  const n = Number(process.argv[2] ?? 100);
  const backend = (process.argv[3] ?? 'native') as OrtBackend;
  sharp.concurrency(1);
  sharp.cache(false);
  setupNodeOrt({ backend, numThreads: 1 });
  await Promise.all([createSession('blazeface'), createSession(FORENSIC_MODEL_NAME)]);
  const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
  const l0 = load();
  const s = await stageCpu(archiveMix(n));
  console.log(`CPU ms per avatar, one thread, ${backend} ORT, ${n} avatars (medians; stage2 and analyzeBytes means): ${Object.entries(s).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' · ')}   [load ${l0} → ${load()}]`);
}
