import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNode } from '../image/decode-node';
import { resampleBilinear } from '../image/resize';
import type { RgbaImage } from '../image/types';
import { hasShared, sharedPath } from '../../utils/testing/shared-data';
import { FFHQ_EYES, ganEyeDistance } from '../eyes/eye-geometry';
import { POLICY } from '../../core/release-policy';
import { eyesMatch } from '../../core/release-verdict';
import { runModel } from '../ml/model-runner';
import { generateAnchors } from './anchors';
import { BLAZEFACE } from './blazeface-config';
import { decodeDetections, weightedNms } from './detections';
import { DEFAULT_REFINE_BELOW, DEFAULT_REFINE_WITHIN, detectFaces, letterboxRect, toFace, toInputTensor, type Face } from './face-detect';
import { setupNodeOrt } from '../ml/node-models';

const faces = (p: string): string => sharedPath('data/faces', p);
const load = async (p: string): Promise<RgbaImage> => decodeNode(new Uint8Array(await readFile(faces(p))));
const best = async (img: RgbaImage): Promise<Face> => {
  const found = (await detectFaces(img))[0];
  if (!found) throw new Error('no face');
  return found;
};

describe.skipIf(!hasShared())('detectFaces on real images from ../shared', () => {
  beforeAll(() => setupNodeOrt());

  it.each([
    'real/wild/Hossein88-eng__gender-classification-doe/data__man__alexander-kissler-872581_1280.jpg',
    'real/wild/warm-ice0x00__face-recognition-training/lfw__Zoran_Djindjic_0003.jpg',
    'gan/stylegan2/dinablachman__realorfake/data__fake__fake_1.jpg',
  ])('finds one face with plausible eyes in %s', async (path) => {
    const f = await best(await load(path));
    expect(f.score).toBeGreaterThan(0.7);
    const { left, right } = f.eyes;
    expect(left.x).toBeLessThan(right.x);
    // Eyes lie inside the box, in its upper half, roughly level.
    for (const e of [left, right]) {
      expect(e.x).toBeGreaterThan(f.box.x);
      expect(e.x).toBeLessThan(f.box.x + f.box.w);
      expect(e.y).toBeGreaterThan(f.box.y);
      expect(e.y).toBeLessThan(f.box.y + f.box.h * 0.6);
    }
    expect(Math.abs(left.y - right.y)).toBeLessThan(0.05);
  });

  it('stops after the zoomed-out pass for an ordinary avatar, refines eyes near the FFHQ spots and small faces', async () => {
    const wild = await load('real/wild/Hossein88-eng__gender-classification-doe/data__man__alexander-kissler-872581_1280.jpg');
    expect(ganEyeDistance((await best(wild)).eyes)).toBeGreaterThan(DEFAULT_REFINE_WITHIN);
    expect(await detectFaces(wild)).toEqual(await detectFaces(wild, { refine: false }));
    // The zoomed-out pass, not the image itself, is what the detector saw.
    expect(await detectFaces(wild, { refine: false })).not.toEqual(await detectFaces(wild, { zoomOut: 1, refine: false }));
    const gan = await load('gan/stylegan2/dinablachman__realorfake/data__fake__fake_1.jpg');
    expect(ganEyeDistance((await detectFaces(gan, { refine: false }))[0]!.eyes)).toBeLessThan(DEFAULT_REFINE_WITHIN);
    expect(await detectFaces(gan)).not.toEqual(await detectFaces(gan, { refine: false }));
    // The same portrait shrunk to the middle third of a bigger frame: now the face is small.
    const small = resampleBilinear(wild, { x: -wild.width, y: -wild.height, w: 3 * wild.width, h: 3 * wild.height }, 600, 600);
    const [refined, single] = [await best(small), (await detectFaces(small, { refine: false }))[0]!];
    expect(Math.max(single.box.w, single.box.h)).toBeLessThan(DEFAULT_REFINE_BELOW);
    expect(refined.eyes).not.toEqual(single.eyes);
  });

  it('looks at the image itself when the zoomed-out pass finds no face (small faces in a group photo)', async () => {
    const bytes = await sharp(faces('real/wild/npm__vladmandic-face-api/sample2.jpg')).resize(400, 400, { fit: 'cover' }).jpeg({ quality: 85 }).toBuffer();
    const group = await decodeNode(new Uint8Array(bytes));
    const found = await detectFaces(group, { refine: false });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(await detectFaces(group, { zoomOut: 1, refine: false }));
  });

  it('finds the same faces from the anchors the graph keeps as from all 896', async () => {
    const { input, outputs, decode, nms } = BLAZEFACE;
    const anchors = generateAnchors(BLAZEFACE.anchors, input.width, input.height);
    for (const path of [
      'real/wild/warm-ice0x00__face-recognition-training/lfw__Zoran_Djindjic_0003.jpg',
      'gan/stylegan2/dinablachman__realorfake/data__fake__fake_1.jpg',
    ]) {
      const img = await load(path);
      const rect = letterboxRect(img.width, img.height);
      const all = await runModel(BLAZEFACE.name, {
        [input.name]: { data: toInputTensor(img, rect), dims: [1, 3, input.height, input.width] },
        [input.keepFrom]: { data: new Float32Array([-Infinity]), dims: [1] },
      });
      expect(all[outputs.index]!.data).toHaveLength(decode.numBoxes);
      const kept = { index: all[outputs.index]!.data, logits: all[outputs.scores]!.data, boxes: all[outputs.boxes]!.data };
      const fromAll = weightedNms(decodeDetections(kept, anchors, decode), nms.iouThreshold).map((d) => toFace(d, rect, img.width, img.height));
      expect(fromAll.length).toBeGreaterThan(0);
      expect(await detectFaces(img, { zoomOut: 1, refine: false })).toEqual(fromAll);
    }
  });

  it('puts a StyleGAN face near the FFHQ eye positions', async () => {
    const f = await best(await load('gan/stylegan2/dinablachman__realorfake/data__fake__fake_1.jpg'));
    expect(ganEyeDistance(f.eyes)).toBeLessThan(POLICY.eyeMatchBelow);
  });

  it('rules a wild face out, and matches it once shifted and scaled so its eyes land on the FFHQ positions', async () => {
    const img = await load('real/wild/Hossein88-eng__gender-classification-doe/data__man__alexander-kissler-872581_1280.jpg');
    const before = await best(img);
    expect(eyesMatch(ganEyeDistance(before.eyes))).toBe(false);
    // Square crop whose side makes the eye gap 0.2344 of the width and whose origin puts the left eye at L₀.
    const lx = before.eyes.left.x * img.width;
    const rx = before.eyes.right.x * img.width;
    const ey = ((before.eyes.left.y + before.eyes.right.y) / 2) * img.height;
    const side = (rx - lx) / (FFHQ_EYES.right.x - FFHQ_EYES.left.x);
    const aligned = resampleBilinear(img, { x: lx - FFHQ_EYES.left.x * side, y: ey - FFHQ_EYES.left.y * side, w: side, h: side }, 256, 256);
    const after = await best(aligned);
    const distance = ganEyeDistance(after.eyes);
    expect(eyesMatch(distance)).toBe(true);
  });
});
