/** `sockscope scan [--json] PATH...`: the on-device GAN-face checks over image files and folders. */
import { readFile } from 'node:fs/promises';
import { analyzeBytes } from '../analysis/analyze-bytes';
import { setupNodeOrt } from '../analysis/ml/node-models';
import type { ImageVerdict } from '../core/verdict';
import { decodeNode } from '../analysis/image/decode-node';
import { expandPaths } from './scan-files';
import { eyesMatch } from '../core/release-verdict';
import type { Decision } from '../core/reasons';
import { judgeImage } from '../core/judge';
import { reasonText } from '../core/reason-text';
import { POLICY } from '../core/release-policy';
import { defaultSettings } from '../utils/settings-schema';

export const SCAN_USAGE = 'sockscope scan [--json] PATH...   (image files or folders, recursive)';

/** One line of `scan --json` (keys in this order; the per-stage fields follow the original four). */
export interface ScanLine {
  path: string;
  /** 0..1 (stage 2's calibrated probability; 0 when the eyes rule a StyleGAN face out), null without a face. */
  score: number | null;
  /** Both stages agree at the release's threshold (core/image-policy.ts). */
  flagged: boolean;
  /** null when the image could not be read. */
  face: boolean | null;
  /** Stage 1: GANEyeDistance to the StyleGAN eye spots (fractions of the width). */
  eyeDistance: number | null;
  /** Stage 1's verdict: the eyes sit where StyleGAN puts them. */
  eyesMatch: boolean | null;
  /** Stage 2's calibrated probability; null where it did not run. */
  stage2Probability: number | null;
  /** Which stage decided: eyes-differ, too-small, eyes-only, texture-real or flagged. */
  decidedBy: Decision | null;
  reasons: string[];
  error: string | null;
}

const r4 = (x: number): number => Number(x.toFixed(4));

/** Verdict → scan line. */
export function scanLine(path: string, v: ImageVerdict): ScanLine {
  // Every line has the same keys in the same order, whatever the outcome.
  const none = (face: boolean | null, reasons: string[], error: string | null): ScanLine =>
    ({ path, score: null, flagged: false, face, eyeDistance: null, eyesMatch: null, stage2Probability: null, decidedBy: null, reasons, error });
  if (v.status === 'error') return none(null, [], v.error);
  if (v.status === 'no-face') return none(false, v.reasons, null);
  return {
    path,
    score: r4(v.score),
    flagged: v.decision === 'flagged',
    face: true,
    eyeDistance: r4(v.eyeDistance),
    eyesMatch: eyesMatch(v.eyeDistance),
    stage2Probability: v.forensic ? r4(v.forensic.probability) : null,
    decidedBy: v.decision,
    reasons: v.reasons,
    error: null,
  };
}

/** The verdict's reasons in the CLI's language (the JSON lines keep the stored English). */
function localReasons(v: ImageVerdict): string[] {
  return judgeImage(v, { sensitivity: POLICY.flagProbability, signals: defaultSettings().signals }).reasons.map((r) => reasonText(r));
}

function humanLine(l: ScanLine, v: ImageVerdict): string {
  if (l.error !== null) return `${l.path}: error: ${l.error}`;
  if (!l.face) return `${l.path}: no face ${localReasons(v).join(' ')}`.trimEnd();
  const stage2 = l.stage2Probability === null ? 'not run' : l.stage2Probability.toFixed(2);
  return `${l.path}: ${l.flagged ? 'FLAGGED' : 'ok'} (eye distance ${l.eyeDistance?.toFixed(3)}, texture check ${stage2}) ${localReasons(v).join(' ')}`;
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
    out(json ? JSON.stringify(line) : humanLine(line, verdict));
  }
  return failures > 0 ? 1 : 0;
}
