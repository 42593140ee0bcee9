/**
 * Fits how the image evidence is combined: a class-balanced logistic regression on two features, the
 * GAN classifier's logit and the eye-geometry logit, fitted on the VALIDATION split and measured on the
 * TEST split (whole sources held out of training), every image processed like an X avatar (400 px JPEG
 * q85). Writes models/image-fusion.json, which analysis/fusion/image-fusion.ts reads. Never fit and report on one split.
 *   npx tsx scripts/fit-fusion.ts [--limit N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { ANALYSIS_CONFIG } from '../analysis/analysis-config';
import { ganEyeDistance } from '../analysis/eyes/eye-geometry';
import { detectFaces } from '../analysis/detect/face-detect';
import { eyeLogit } from '../analysis/fusion/image-fusion';
import { fitLogisticRegression, predictLogit, rocAuc, tprAtFpr, type Sample } from '../analysis/fusion/fusion-math';
import { setupNodeOrt } from '../analysis/ml/node-models';
import { decodeNode } from '../analysis/image/decode-node';
import { classify } from '../analysis/classifier/gan-classifier';
import { GAN_MODEL_CONFIG } from '../analysis/classifier/classifier-preprocess';
import { sharedPath } from '../utils/testing/shared-data';

const REPO = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { limit: { type: 'string', default: '0' } } });
const limit = Number(values.limit);

interface Row { path: string; label: 0 | 1; source: string; group: string }
interface Feat { row: Row; x: number[] | null }

function splits(): Record<string, Row[]> {
  const meta = new Map<string, Row>();
  for (const line of readFileSync(sharedPath('data/faces/images.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [label, group, source, , , , , , path] = line.split('\t');
    if (path && source && group) meta.set(path, { path, label: label === 'gan' ? 1 : 0, source, group });
  }
  const m = JSON.parse(readFileSync(resolve(REPO, 'models/training/split-manifest.json'), 'utf8')) as { splits: Record<string, string[]> };
  const out: Record<string, Row[]> = {};
  for (const [k, paths] of Object.entries(m.splits)) {
    const rows = paths.flatMap((p) => meta.get(p) ?? []);
    // Deterministic thinning for quick runs: every n-th row keeps both labels and all sources.
    const step = limit > 0 ? Math.max(1, Math.floor(rows.length / limit)) : 1;
    out[k] = rows.filter((_, i) => i % step === 0);
  }
  return out;
}

async function features(row: Row): Promise<Feat> {
  const buf = await sharp(sharedPath('data/faces', row.path)).removeAlpha().resize(400, 400, { fit: 'cover' }).jpeg({ quality: 85 }).toBuffer();
  const img = await decodeNode(new Uint8Array(buf));
  const face = (await detectFaces(img))[0];
  if (!face) return { row, x: null };
  const { logit } = await classify(img);
  return { row, x: [logit, eyeLogit(ganEyeDistance(face.eyes), ANALYSIS_CONFIG.eye)] };
}

function judge(name: string, feats: Feat[], score: (x: number[]) => number) {
  const withFace = feats.filter((f): f is Feat & { x: number[] } => f.x !== null);
  const s = withFace.map((f) => score(f.x));
  const y = withFace.map((f) => f.row.label);
  const r05 = tprAtFpr(s, y, 0.005);
  const r1 = tprAtFpr(s, y, 0.01);
  const out = { name, images: withFace.length, auc: rocAuc(s, y), tprAt05: r05.tpr, tprAt1: r1.tpr };
  console.log(`${name.padEnd(18)} n=${out.images}  AUC ${out.auc.toFixed(4)}  TPR@0.5%FPR ${(100 * out.tprAt05).toFixed(1)}%  TPR@1%FPR ${(100 * out.tprAt1).toFixed(1)}%`);
  return out;
}

async function main(): Promise<void> {
  setupNodeOrt();
  const sp = splits();
  const val = [];
  for (const r of sp.val ?? []) val.push(await features(r));
  const test = [];
  for (const r of sp.test ?? []) test.push(await features(r));
  const train: Sample[] = val.flatMap((f) => (f.x ? [{ x: f.x, y: f.row.label }] : []));
  const w = fitLogisticRegression(train);
  console.log(`fitted on val (${train.length} faces): bias ${w[0]!.toFixed(3)}, classifier ${w[1]!.toFixed(3)}, eyes ${w[2]!.toFixed(3)}`);
  const valNeg = val.flatMap((f) => (f.x && f.row.label === 0 ? [predictLogit(w, f.x)] : []));
  const flag = tprAtFpr(valNeg, valNeg.map(() => 0 as const), 0.005).threshold;
  console.log(`flag threshold (val real FPR ≤ 0.5%): fused logit > ${flag.toFixed(3)}`);
  console.log('\nheld-out test split (sources never seen in training), 400 px JPEG q85:');
  const results = [
    judge('eye geometry only', test, (x) => x[1]!),
    judge('classifier only', test, (x) => x[0]!),
    judge('fused', test, (x) => predictLogit(w, x)),
  ];
  const testReal = test.filter((f) => f.x && f.row.label === 0);
  const testGan = test.filter((f) => f.x && f.row.label === 1);
  const atFlag = {
    tpr: testGan.filter((f) => predictLogit(w, f.x!) > flag).length / (testGan.length || 1),
    fpr: testReal.filter((f) => predictLogit(w, f.x!) > flag).length / (testReal.length || 1),
  };
  console.log(`at the shipped flag threshold on test: TPR ${(100 * atFlag.tpr).toFixed(1)}%, FPR ${(100 * atFlag.fpr).toFixed(2)}%`);
  const noFace = { val: val.filter((f) => !f.x).length, test: test.filter((f) => !f.x).length };
  writeFileSync(
    resolve(REPO, 'models/image-fusion.json'),
    JSON.stringify(
      {
        version: `fusion-2+${GAN_MODEL_CONFIG.version}`,
        features: ['classifierLogit', 'eyeLogit'],
        weights: w.map((v) => Number(v.toFixed(5))),
        flagLogit: Number(flag.toFixed(5)),
        fittedOn: `validation split of models/training/split-manifest.json (${train.length} faces), 400 px JPEG q85`,
        reportedOn: `test split (held-out sources), ${results[2]!.images} faces`,
        noFace,
        test: { results, atFlag },
        command: `npx tsx scripts/fit-fusion.ts${limit ? ` --limit ${limit}` : ''}`,
      },
      null,
      1,
    ) + '\n',
  );
}

await main();
