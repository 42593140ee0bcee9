/**
 * images.parquet: one row per input image. The verdict → row mapping lives in IMAGE_FIELDS alone, so a new
 * figure of the verdict (a classifier stage, its probability, which stage decided) is one entry here.
 */
import { eyesMatch } from '../../core/release-verdict';
import type { AnalysedVerdict } from '../../analysis/analysed-verdict';
import { fallback, parse } from 'valibot';
import { BandSchema, type ImageVerdict, type NonPhoto } from '../../core/verdict';
import { num, str } from './parquet/read-parquet';
import type { Cell, Column, ColumnType, Row } from './parquet/types';

/** The stored band, read back as written (a row without one reads 'low'). */
const STORED_BAND = fallback(BandSchema, 'low');

const NON_PHOTO_KINDS: readonly string[] = ['photo', 'illustration', 'graphic', 'platform-default'] satisfies NonPhoto['kind'][];
const isNonPhotoKind = (k: string | null): k is NonPhoto['kind'] => k !== null && NON_PHOTO_KINDS.includes(k);

/** One image to analyse: its key (account or file), its path as the input names it, and where to read it. */
export interface ImageItem {
  /** Place in the whole input (before sharding): orders an account's avatars, oldest first. */
  seq: number;
  key: string;
  /** The input's own path for it (relative to the input, POSIX separators). */
  path: string;
  /** Where the image was downloaded from, when the input says. */
  url: string | null;
  /** Absolute file to read; null when the input names an image it does not hold (see `missing`). */
  file: string | null;
  accountKey: string | null;
  /** Why there is nothing to read, when file is null. */
  missing: string | null;
}

type Ok = Extract<AnalysedVerdict, { status: 'ok' }>;
const ok = (v: AnalysedVerdict): Ok | null => (v.status === 'ok' ? v : null);
const seen = (v: AnalysedVerdict): Exclude<AnalysedVerdict, { status: 'error' }> | null => (v.status === 'error' ? null : v);

interface Field {
  name: string;
  type: ColumnType;
  value: (item: ImageItem, v: AnalysedVerdict) => Cell;
}

/** Every images.parquet column and where its value comes from. */
const IMAGE_FIELDS: readonly Field[] = [
  { name: 'path', type: 'STRING', value: (i) => i.path },
  { name: 'seq', type: 'INT64', value: (i) => i.seq },
  { name: 'url', type: 'STRING', value: (i) => i.url },
  { name: 'key', type: 'STRING', value: (i) => i.key },
  { name: 'account_key', type: 'STRING', value: (i) => i.accountKey },
  { name: 'status', type: 'STRING', value: (_, v) => v.status },
  { name: 'error', type: 'STRING', value: (_, v) => (v.status === 'error' ? v.error : null) },
  { name: 'sha256', type: 'STRING', value: (_, v) => seen(v)?.sha256 ?? null },
  { name: 'width', type: 'INT64', value: (_, v) => seen(v)?.width ?? null },
  { name: 'height', type: 'INT64', value: (_, v) => seen(v)?.height ?? null },
  { name: 'face_score', type: 'DOUBLE', value: (_, v) => ok(v)?.faceScore ?? null },
  { name: 'eye_distance', type: 'DOUBLE', value: (_, v) => ok(v)?.eyeDistance ?? null },
  { name: 'eye_left_x', type: 'DOUBLE', value: (_, v) => ok(v)?.eyes.left.x ?? null },
  { name: 'eye_left_y', type: 'DOUBLE', value: (_, v) => ok(v)?.eyes.left.y ?? null },
  { name: 'eye_right_x', type: 'DOUBLE', value: (_, v) => ok(v)?.eyes.right.x ?? null },
  { name: 'eye_right_y', type: 'DOUBLE', value: (_, v) => ok(v)?.eyes.right.y ?? null },
  { name: 'eyes_match', type: 'BOOLEAN', value: (_, v) => (v.status === 'ok' ? eyesMatch(v.eyeDistance) : null) },
  { name: 'stage2_logit', type: 'DOUBLE', value: (_, v) => ok(v)?.forensic?.logit ?? null },
  { name: 'stage2_probability', type: 'DOUBLE', value: (_, v) => ok(v)?.forensic?.probability ?? null },
  { name: 'decided_by', type: 'STRING', value: (_, v) => ok(v)?.decision ?? null },
  { name: 'score', type: 'DOUBLE', value: (_, v) => ok(v)?.score ?? null },
  { name: 'band', type: 'STRING', value: (_, v) => ok(v)?.band ?? null },
  { name: 'flagged', type: 'BOOLEAN', value: (_, v) => v.status === 'ok' && v.decision === 'flagged' },
  { name: 'non_photo_score', type: 'DOUBLE', value: (_, v) => seen(v)?.nonPhoto?.score ?? null },
  { name: 'non_photo_kind', type: 'STRING', value: (_, v) => seen(v)?.nonPhoto?.kind ?? null },
  { name: 'model_version', type: 'STRING', value: (_, v) => seen(v)?.modelVersion ?? null },
  { name: 'phash', type: 'STRING', value: (_, v) => seen(v)?.phash ?? null },
  { name: 'reasons', type: 'STRING', value: (_, v) => (v.status === 'error' ? null : v.reasons.join(' | ')) },
];

/** An image as an input names it, before it has its place. */
export type InputImage = Omit<ImageItem, 'seq'>;

/** The images.parquet schema. */
export const IMAGE_COLUMNS: readonly Column[] = IMAGE_FIELDS.map(({ name, type }) => ({ name, type }));

/** One image's row. */
export function imageRow(item: ImageItem, v: AnalysedVerdict): Row {
  const row: Row = {};
  for (const f of IMAGE_FIELDS) row[f.name] = f.value(item, v);
  return row;
}

/** The verdict a row records, as risk fusion and the export read it (diagnostics dropped). */
export function verdictOfRow(r: Row): ImageVerdict {
  const status = str(r, 'status');
  if (status !== 'ok' && status !== 'no-face') return { status: 'error', error: str(r, 'error') ?? 'unknown error' };
  const nonPhotoScore = num(r, 'non_photo_score');
  const nonPhotoKind = str(r, 'non_photo_kind');
  const nonPhoto = nonPhotoScore !== null && isNonPhotoKind(nonPhotoKind) ? { nonPhoto: { score: nonPhotoScore, kind: nonPhotoKind } } : {};
  const base = { sha256: str(r, 'sha256') ?? '', width: num(r, 'width') ?? 0, height: num(r, 'height') ?? 0, modelVersion: str(r, 'model_version') ?? '', phash: str(r, 'phash'), ...nonPhoto };
  const reasons = str(r, 'reasons')?.split(' | ') ?? [];
  if (status === 'no-face') return { status, ...base, reasons };
  const point = (x: string, y: string) => ({ x: num(r, x) ?? 0, y: num(r, y) ?? 0 });
  const score = num(r, 'score') ?? 0;
  const band = str(r, 'band');
  const logit = num(r, 'stage2_logit');
  const probability = num(r, 'stage2_probability');
  const decided = str(r, 'decided_by');
  return {
    status, ...base, reasons, score, eyeDistance: num(r, 'eye_distance') ?? 0,
    forensic: logit !== null && probability !== null ? { logit, probability } : null,
    decision: decided === 'too-small' || decided === 'eyes-only' || decided === 'texture-real' || decided === 'flagged' ? decided : 'eyes-differ',
    eyes: { left: point('eye_left_x', 'eye_left_y'), right: point('eye_right_x', 'eye_right_y') },
    band: parse(STORED_BAND, band),
  };
}
