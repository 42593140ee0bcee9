/**
 * How far a reduced (shrink-on-load) decode moves what the pipeline reads from an avatar's pixels:
 * the perceptual hash (Hamming bits), the non-photo verdict, and the detector's face and eyes (eye
 * shift as a share of the distance between the eyes, and the change of the StyleGAN eye distance),
 * per population and image size, with the decode's CPU time. Shared faces only (../shared/data/faces).
 *   npx tsx scripts/eval/reduced-decode.ts [perSource=24] [factor=2]
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { decodeNode } from '../../analysis/image/decode-node';
import { detectFaces } from '../../analysis/detect/face-detect';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { ganEyeDistance } from '../../analysis/eyes/eye-geometry';
import { classifyNonPhoto, NONPHOTO_THRESHOLD } from '../../analysis/nonphoto/classify';
import { eyePixelsOf, textureDecides } from '../../core/release-verdict';
import { hamming, phash } from '../../signals/phash';
import type { RgbaImage } from '../../analysis/image/types';
import { loadRows } from './eyes-split';
import { median, quantile } from './eyes-stats';

const perSource = Number(process.argv[2] ?? 24);
const factor = Number(process.argv[3] ?? 2);

/** The image decoded at 1/factor of its larger side (libjpeg's DCT scaling where the format has it). */
async function decodeReduced(bytes: Uint8Array): Promise<RgbaImage> {
  const meta = await sharp(bytes).metadata();
  const side = Math.ceil(Math.max(meta.width ?? 0, meta.height ?? 0) / factor);
  const { data, info } = await sharp(bytes).rotate().resize(side, side, { fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Row {
  key: string;
  hashBits: number;
  nonPhotoFlip: boolean;
  nonPhotoDelta: number;
  faceFlip: boolean;
  eyeShift: number | null;
  eyeDistanceDelta: number | null;
  decidesFlip: boolean;
  fullMs: number;
  reducedMs: number;
}

sharp.concurrency(1);
setupNodeOrt({ backend: 'native' });
const rows: Row[] = [];
for (const row of loadRows('both', perSource)) {
  const bytes = new Uint8Array(await readFile(row.path));
  let t = cpuMs();
  const full = await decodeNode(bytes);
  const fullMs = cpuMs() - t;
  if (Math.max(full.width, full.height) < 2 * factor * 64) continue;
  t = cpuMs();
  const small = await decodeReduced(bytes);
  const reducedMs = cpuMs() - t;
  const [a, b] = [classifyNonPhoto(full), classifyNonPhoto(small)];
  const [fa, fb] = [(await detectFaces(full))[0], (await detectFaces(small))[0]];
  let eyeShift: number | null = null;
  let eyeDistanceDelta: number | null = null;
  let decidesFlip = false;
  if (fa && fb) {
    const px = (p: { x: number; y: number }): [number, number] => [p.x * full.width, p.y * full.height];
    const span = Math.hypot(...px({ x: fa.eyes.right.x - fa.eyes.left.x, y: fa.eyes.right.y - fa.eyes.left.y }));
    const d = (p: { x: number; y: number }, q: { x: number; y: number }): number => Math.hypot(...px({ x: p.x - q.x, y: p.y - q.y }));
    eyeShift = Math.max(d(fa.eyes.left, fb.eyes.left), d(fa.eyes.right, fb.eyes.right)) / span;
    const [ea, eb] = [ganEyeDistance(fa.eyes), ganEyeDistance(fb.eyes)];
    eyeDistanceDelta = eb - ea;
    decidesFlip = textureDecides(ea, eyePixelsOf(fa.eyes, full.width, full.height)) !== textureDecides(eb, eyePixelsOf(fb.eyes, full.width, full.height));
  }
  rows.push({
    key: `${row.label} ${Math.max(full.width, full.height)}px`,
    hashBits: hamming(phash(full), phash(small)),
    nonPhotoFlip: a.score >= NONPHOTO_THRESHOLD !== b.score >= NONPHOTO_THRESHOLD,
    nonPhotoDelta: Math.abs(a.score - b.score),
    faceFlip: !fa !== !fb,
    eyeShift,
    eyeDistanceDelta,
    decidesFlip,
    fullMs,
    reducedMs,
  });
}

const groups = new Map<string, Row[]>();
for (const r of rows) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
const f = (x: number, d = 3): string => x.toFixed(d);
console.log(`reduced decode at 1/${factor}, ${rows.length} images (${perSource} per source)`);
console.log('group | n | phash bits med/p95/max | non-photo flips (max |Δscore|) | face found flips | eye shift / eye span med/p95 | |Δ eye distance| med/p95/max | stage-2 gate flips | decode CPU ms full → reduced');
for (const [key, g] of [...groups].sort()) {
  const bits = g.map((r) => r.hashBits);
  const shifts = g.flatMap((r) => (r.eyeShift === null ? [] : [r.eyeShift]));
  const dd = g.flatMap((r) => (r.eyeDistanceDelta === null ? [] : [Math.abs(r.eyeDistanceDelta)]));
  console.log(
    [
      key,
      g.length,
      `${median(bits)}/${f(quantile(bits, 0.95), 1)}/${Math.max(...bits)}`,
      `${g.filter((r) => r.nonPhotoFlip).length} (${f(Math.max(...g.map((r) => r.nonPhotoDelta)))})`,
      g.filter((r) => r.faceFlip).length,
      shifts.length ? `${f(median(shifts))}/${f(quantile(shifts, 0.95))}` : '-',
      dd.length ? `${f(median(dd), 4)}/${f(quantile(dd, 0.95), 4)}/${f(Math.max(...dd), 4)}` : '-',
      g.filter((r) => r.decidesFlip).length,
      `${f(median(g.map((r) => r.fullMs)), 2)} → ${f(median(g.map((r) => r.reducedMs)), 2)}`,
    ].join(' | '),
  );
}
