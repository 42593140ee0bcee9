/** `sockscope scan [--json] PATH...`: the on-device GAN-face checks over image files and folders. */
import { readFile } from 'node:fs/promises';
import { analyzeBytes } from '../analysis/analyze-bytes';
import { ANALYSIS_CONFIG } from '../analysis/analysis-config';
import { setupNodeOrt } from '../analysis/ml/node-models';
import type { ImageVerdict } from '../utils/messages';
import { decodeNode } from '../analysis/image/decode-node';
import { expandPaths } from './scan-files';

export const SCAN_USAGE = 'sockscope scan [--json] PATH...   (image files or folders, recursive)';

/** One line of `scan --json` (keys in this order). */
export interface ScanLine {
  path: string;
  /** 0..1, null when no face was found or the image could not be read. */
  score: number | null;
  /** score ≥ the shipped flag score (ANALYSIS_CONFIG.flagScore). */
  flagged: boolean;
  /** null when the image could not be read. */
  face: boolean | null;
  eyeDistance: number | null;
  reasons: string[];
  error: string | null;
}

/** Verdict → scan line. */
export function scanLine(path: string, v: ImageVerdict): ScanLine {
  if (v.status === 'error') return { path, score: null, flagged: false, face: null, eyeDistance: null, reasons: [], error: v.error };
  if (v.status === 'no-face') return { path, score: null, flagged: false, face: false, eyeDistance: null, reasons: v.reasons, error: null };
  const score = Number(v.score.toFixed(4));
  return { path, score, flagged: v.score >= ANALYSIS_CONFIG.flagScore, face: true, eyeDistance: Number(v.eyeDistance.toFixed(4)), reasons: v.reasons, error: null };
}

function humanLine(l: ScanLine): string {
  if (l.error !== null) return `${l.path}: error: ${l.error}`;
  if (!l.face) return `${l.path}: no face`;
  return `${l.path}: ${l.flagged ? 'FLAGGED' : 'ok'} score ${l.score?.toFixed(2)} (eye distance ${l.eyeDistance?.toFixed(3)}) ${l.reasons.join(' ')}`;
}

/** Runs the scan; exit code 0 = all read, 1 = some image could not be read, 2 = usage. */
export async function runScan(args: string[], out: (line: string) => void): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length === 0 || paths.some((p) => p.startsWith('--'))) {
    console.error(`usage: ${SCAN_USAGE}`);
    return 2;
  }
  setupNodeOrt();
  let failures = 0;
  for (const target of await expandPaths(paths)) {
    let verdict: ImageVerdict;
    if (target.error !== null) verdict = { status: 'error', error: target.error };
    else {
      const bytes = await readFile(target.path).catch(() => null);
      verdict = bytes ? await analyzeBytes(new Uint8Array(bytes), null, decodeNode) : { status: 'error', error: "couldn't read file" };
    }
    const line = scanLine(target.path, verdict);
    if (line.error !== null) failures++;
    out(json ? JSON.stringify(line) : humanLine(line));
  }
  return failures > 0 ? 1 : 0;
}
