import { describe, expect, it } from 'vitest';
import type { AnalysedVerdict } from '../../analysis/analysed-verdict';
import { okVerdict, FLAGGED_P, REAL_P } from '../../utils/testing/verdict';
import { imageRow, IMAGE_COLUMNS, verdictOfRow, type ImageItem } from './image-row';

const item: ImageItem = { seq: 7, key: 'x:a', path: 'profile_images/1.jpg', url: null, file: '/abs/1.jpg', accountKey: 'x:a', missing: null };
const plainOk = okVerdict(FLAGGED_P, { eyeDistance: 0.012, phash: 'ff00ff00ff00ff00', nonPhoto: { score: 0.02, kind: 'photo' } });
const ok: AnalysedVerdict = { ...plainOk, faceScore: 0.93 };

describe('images.parquet rows', () => {
  it('gives every column a value of its type, with each stage\'s figures and the policy\'s flag', () => {
    const row = imageRow(item, ok);
    expect(Object.keys(row)).toEqual(IMAGE_COLUMNS.map((c) => c.name));
    expect(row).toMatchObject({ path: item.path, seq: 7, status: 'ok', error: null, score: plainOk.score, band: 'high', face_score: 0.93, eye_distance: 0.012, eyes_match: true, stage2_probability: FLAGGED_P, decided_by: 'flagged', flagged: true, phash: plainOk.phash, non_photo_kind: 'photo' });
    expect(imageRow(item, okVerdict(REAL_P)).flagged).toBe(false);
    expect(imageRow(item, okVerdict(REAL_P)).decided_by).toBe('texture-real');
  });

  it('keeps what an error or a faceless image has, and nothing it has not', () => {
    expect(imageRow(item, { status: 'error', error: 'empty image (0 bytes)' })).toMatchObject({ status: 'error', error: 'empty image (0 bytes)', sha256: null, score: null, flagged: false });
    const noFace = imageRow(item, { status: 'no-face', sha256: 'cd'.repeat(32), width: 10, height: 10, reasons: ['No face found.'], modelVersion: 'm1', phash: null });
    expect(noFace).toMatchObject({ status: 'no-face', score: null, eye_distance: null, width: 10, reasons: 'No face found.' });
  });

  it('reads back the verdict that fusion and the export use', () => {
    expect(verdictOfRow(imageRow(item, ok))).toEqual(plainOk);
    const far = okVerdict(FLAGGED_P, { eyeDistance: 0.2 });
    expect(verdictOfRow(imageRow(item, far))).toEqual(far);
    expect(verdictOfRow(imageRow(item, { status: 'error', error: 'x' }))).toEqual({ status: 'error', error: 'x' });
  });
});
