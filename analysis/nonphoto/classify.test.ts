import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeNode } from '../image/decode-node';
import { hasShared } from '../../utils/testing/shared-data';
import { faceSample } from '../../signals/testing/face-sample';
import { classifyNonPhoto, NONPHOTO_THRESHOLD } from './classify';
import { FEATURE_NAMES, nonPhotoFeatures } from './features';
import { animeFaceSvg, defaultAvatarSvg, logoSvg } from './testing/drawings';

const drawn = async (svg: string, size = 400, quality = 85) => decodeNode(new Uint8Array(await sharp(Buffer.from(svg)).resize(size, size).jpeg({ quality }).toBuffer()));

describe('non-photo avatars', () => {
  it('ships a small model trained on these features', () => {
    expect(statSync(resolve(import.meta.dirname, '../../models/non-photo/model.json')).size).toBeLessThan(1_000_000);
    expect(NONPHOTO_THRESHOLD).toBe(0.7);
  });

  it('calls drawn anime faces, logos and default pictures non-photos, at platform sizes', async () => {
    for (const seed of [1, 2, 3, 4]) {
      for (const [svg, size] of [[animeFaceSvg(seed), 400], [animeFaceSvg(seed), 96], [logoSvg(seed), 200], [defaultAvatarSvg(seed), 88]] as const) {
        const r = classifyNonPhoto(await drawn(svg, size));
        expect(r.score, `seed ${seed} size ${size}`).toBeGreaterThanOrEqual(NONPHOTO_THRESHOLD);
        expect(r.kind).not.toBe('photo');
      }
    }
  });

  it('is a pure function of the pixels: same image, same features; transparency is read over white', async () => {
    const img = await drawn(logoSvg(5));
    expect([...nonPhotoFeatures(img)]).toEqual([...nonPhotoFeatures({ ...img, data: new Uint8ClampedArray(img.data) })]);
    expect(nonPhotoFeatures(img)).toHaveLength(FEATURE_NAMES.length);
    const clear = { width: 8, height: 8, data: new Uint8ClampedArray(8 * 8 * 4) };
    const white = { width: 8, height: 8, data: new Uint8ClampedArray(8 * 8 * 4).fill(255) };
    expect([...nonPhotoFeatures(clear)]).toEqual([...nonPhotoFeatures(white)]);
  });

  it.skipIf(!hasShared())('leaves real photos and GAN faces from ../shared as photos (at most 1 in 20 flagged)', async () => {
    const files = faceSample(40);
    let flagged = 0;
    for (const f of files) if (classifyNonPhoto(await decodeNode(new Uint8Array(readFileSync(f)))).score >= NONPHOTO_THRESHOLD) flagged++;
    expect(flagged).toBeLessThanOrEqual(2);
  });
});
