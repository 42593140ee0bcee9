/**
 * Trains the non-photo avatar model (a 20→16→4 MLP over analysis/nonphoto/features.ts) and writes
 * models/non-photo/model.json with its held-out figures. `npx tsx scripts/train/nonphoto.ts`
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_NAMES } from '../../analysis/nonphoto/features';
import { NONPHOTO_CLASSES, type NonPhotoModel } from '../../analysis/nonphoto/model-types';
import { nonPhotoProbabilities } from '../../analysis/nonphoto/classify';
import { featuresOf, listItems, type Item } from './nonphoto-data';
import { fitMlp } from './nonphoto-fit';

// A weak signal whose false flags land on real people: the operating point with a photo FPR under 3% on held-out data.
const THRESHOLD = 0.7;

const items = listItems();
const feats = await featuresOf(items);
const train = items.filter((i) => !i.test);
const test = items.filter((i) => i.test);
const xs = (set: Item[]) => set.map((i) => feats.get(i.id)!);
const ys = (set: Item[]) => set.map((i) => NONPHOTO_CLASSES.indexOf(i.cls));
const fitted = fitMlp(xs(train), ys(train), { hidden: 16, classes: NONPHOTO_CLASSES.length, epochs: 1500, seed: 42 });

const model: NonPhotoModel = {
  version: 'nonphoto-mlp-1',
  features: [...FEATURE_NAMES],
  classes: [...NONPHOTO_CLASSES],
  ...fitted,
  threshold: THRESHOLD,
  trainedOn: Object.fromEntries([...new Set(train.map((i) => i.group))].sort().map((g) => [g, train.filter((i) => i.group === g).length])),
  metrics: {},
};
const scored = test.map((i) => ({ i, p: nonPhotoProbabilities(Float64Array.from(feats.get(i.id)!), model) }));
const flagged = (s: (typeof scored)[number]) => 1 - s.p[0]! >= THRESHOLD;
const pos = scored.filter((s) => s.i.cls !== 'photo');
const neg = scored.filter((s) => s.i.cls === 'photo');
const tp = pos.filter(flagged).length;
const fp = neg.filter(flagged).length;
const metrics: Record<string, number | string> = {
  split: '30% held out by content hash; every image 128 px cover crop + JPEG q75 first',
  test_nonphoto: pos.length, test_photo: neg.length,
  precision: +(tp / Math.max(1, tp + fp)).toFixed(4), recall: +(tp / Math.max(1, pos.length)).toFixed(4), false_positive_rate: +(fp / Math.max(1, neg.length)).toFixed(4),
};
for (const g of [...new Set(test.map((i) => i.group))].sort()) {
  const inG = scored.filter((s) => s.i.group === g);
  metrics[`flagged_share:${g}`] = +(inG.filter(flagged).length / inG.length).toFixed(4);
  metrics[`n:${g}`] = inG.length;
}
for (const t of [0.3, 0.5, 0.7, 0.9]) {
  const at = (s: (typeof scored)[number]) => 1 - s.p[0]! >= t;
  const tpT = pos.filter(at).length;
  const fpT = neg.filter(at).length;
  metrics[`at_${t}`] = `precision ${(tpT / Math.max(1, tpT + fpT)).toFixed(3)}, recall ${(tpT / Math.max(1, pos.length)).toFixed(3)}, photo FPR ${(fpT / Math.max(1, neg.length)).toFixed(3)}`;
}
const kindRight = pos.filter((s) => flagged(s) && s.p.indexOf(Math.max(...s.p.slice(1))) === NONPHOTO_CLASSES.indexOf(s.i.cls)).length;
metrics.kind_accuracy_of_flagged = +(kindRight / Math.max(1, tp)).toFixed(4);
model.metrics = metrics;
const bytes = JSON.stringify(model);
writeFileSync(resolve(import.meta.dirname, '../../models/non-photo/model.json'), `${JSON.stringify(model, (k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? +v.toFixed(5) : v), 2)}\n`);
console.log(JSON.stringify(metrics, null, 2));
console.log(`model.json: ${bytes.length} bytes`);
