import { describe, expect, it } from 'vitest';
import type { AnalysedVerdict } from '../../analysis/analysed-verdict';
import { ANALYSIS_CONFIG } from '../../analysis/analysis-config';
import { imageRow, IMAGE_COLUMNS, verdictOfRow, type ImageItem } from './image-row';

const item: ImageItem = { seq: 7, key: 'x:a', path: 'profile_images/1.jpg', url: null, file: '/abs/1.jpg', accountKey: 'x:a', missing: null };
const ok: AnalysedVerdict = {
  status: 'ok', sha256: 'ab'.repeat(32), width: 400, height: 400, eyes: { left: { x: 0.38, y: 0.48 }, right: { x: 0.62, y: 0.48 } }, eyeDistance: 0.012,
  score: 0.97, band: 'high', reasons: ['Eyes sit where StyleGAN puts them.', 'Classifier: likely GAN.'], modelVersion: 'm1', phash: 'ff00ff00ff00ff00', faceScore: 0.93,
  evidence: [{ source: 'eye-geometry', score: 0.9 }],
};

describe('images.parquet rows', () => {
  it('gives every column a value of its type, and flags at the shipped flag score', () => {
    const row = imageRow(item, ok);
    expect(Object.keys(row)).toEqual(IMAGE_COLUMNS.map((c) => c.name));
    expect(row).toMatchObject({ path: item.path, seq: 7, status: 'ok', error: null, score: 0.97, band: 'high', face_score: 0.93, eye_distance: 0.012, flagged: 0.97 >= ANALYSIS_CONFIG.flagScore, phash: ok.phash });
    expect(imageRow(item, { ...ok, score: ANALYSIS_CONFIG.flagScore - 1e-6 }).flagged).toBe(false);
  });

  it('keeps what an error or a faceless image has, and nothing it has not', () => {
    expect(imageRow(item, { status: 'error', error: 'empty image (0 bytes)' })).toMatchObject({ status: 'error', error: 'empty image (0 bytes)', sha256: null, score: null, flagged: false });
    const noFace = imageRow(item, { status: 'no-face', sha256: 'cd'.repeat(32), width: 10, height: 10, reasons: ['No face found.'], modelVersion: 'm1', phash: null });
    expect(noFace).toMatchObject({ status: 'no-face', score: null, eye_distance: null, width: 10, reasons: 'No face found.' });
  });

  it('reads back the verdict that fusion and the export use', () => {
    const { faceScore: _f, evidence: _e, ...plain } = ok as Extract<AnalysedVerdict, { status: 'ok' }>;
    expect(verdictOfRow(imageRow(item, ok))).toEqual(plain);
    expect(verdictOfRow(imageRow(item, { status: 'error', error: 'x' }))).toEqual({ status: 'error', error: 'x' });
  });
});
