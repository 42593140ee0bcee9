/**
 * The app's face and eye detector over many files, for the training pipeline (models/training): the
 * stage-2 classifier is trained on faces aligned with the eyes this detector finds, exactly as the app
 * finds them. One JSON line per file: {path, status, width, height, eyes, mouth, faceScore, eyeDistance}.
 * Usage: npx tsx scripts/train/detect-faces.ts --list FILES.txt --out OUT.jsonl [--shard i/N]
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { detectFaces } from '../../analysis/detect/face-detect';
import { ganEyeDistance } from '../../analysis/eyes/eye-geometry';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { decodeNode } from '../../analysis/image/decode-node';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function detectOne(path: string): Promise<Record<string, unknown>> {
  try {
    const img = await decodeNode(new Uint8Array(await readFile(path)));
    const face = (await detectFaces(img))[0];
    if (!face) return { path, status: 'no-face', width: img.width, height: img.height };
    return {
      path,
      status: 'ok',
      width: img.width,
      height: img.height,
      eyes: face.eyes,
      mouth: face.keypoints[3],
      faceScore: face.score,
      eyeDistance: ganEyeDistance(face.eyes),
    };
  } catch (e) {
    return { path, status: 'error', error: e instanceof Error ? e.message : String(e) };
  }
}

async function main(): Promise<void> {
  const list = arg('--list');
  const outPath = arg('--out');
  if (!list || !outPath) throw new Error('usage: detect-faces.ts --list FILES.txt --out OUT.jsonl [--shard i/N]');
  const [i, n] = (arg('--shard') ?? '0/1').split('/').map(Number) as [number, number];
  const paths = (await readFile(list, 'utf8')).split('\n').filter((p, k) => p && k % n === i);
  setupNodeOrt();
  const out = createWriteStream(outPath);
  let done = 0;
  for (const path of paths) {
    out.write(`${JSON.stringify(await detectOne(path))}\n`);
    if (++done % 500 === 0) console.error(`[detect-faces] ${done}/${paths.length}`);
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

await main();
