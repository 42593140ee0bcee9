/**
 * The stage-2 model's settings and the verdict policy, as the model release wrote them into
 * models/config.json (models/training/export.py). Validated at import: a bad re-export fails loudly here
 * rather than feeding the model garbage. Nothing in the app restates these numbers.
 */
import * as v from 'valibot';
import raw from '../../models/config.json' with { type: 'json' };

const triple = v.tuple([v.number(), v.number(), v.number()]);
const probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const ForensicConfigSchema = v.object({
  version: v.string(),
  model: v.pipe(v.string(), v.endsWith('.onnx')),
  sha256: v.pipe(v.string(), v.length(64)),
  inputName: v.string(),
  outputName: v.string(),
  frame: v.object({
    size: v.pipe(v.number(), v.integer(), v.minValue(32), v.maxValue(512)),
    /** Left, top and side of the FFHQ frame the input covers (fractions of that frame). */
    window: triple,
    mean: triple,
    std: triple,
    layout: v.literal('NCHW'),
  }),
  /** probability = sigmoid(a · logit + b), fitted out-of-fold on faces whose eyes already match. */
  calibration: v.object({ method: v.string(), a: v.number(), b: v.number() }),
  policy: v.object({
    version: v.string(),
    /** Stage 1: the eyes match below this GANEyeDistance (fractions of the width). */
    eyeMatchBelow: v.pipe(v.number(), v.minValue(0), v.maxValue(0.2)),
    /** Stage 2's default flag: the calibrated probability the popup's threshold starts at. */
    flagProbability: probability,
    /** Risk points of a flagged avatar, and of one whose eyes match while the texture check finds nothing. */
    riskPoints: v.object({ flagged: v.number(), eyesOnly: v.number() }),
    /** Measured rates the reasons quote (held-out sources, X avatar condition). */
    quoted: v.object({ ganEyeMatch: probability, ganRecall: probability, alignedRealFlagged: probability, alignedRealEyeMatch: probability }),
  }),
});

export type ForensicConfig = v.InferOutput<typeof ForensicConfigSchema>;
export type VerdictPolicy = ForensicConfig['policy'];

function check(c: unknown): ForensicConfig {
  const r = v.safeParse(ForensicConfigSchema, c);
  if (!r.success) throw new Error(`[sockscope:forensic] models/config.json is not a stage-2 release: ${v.summarize(r.issues)}`);
  return r.output;
}

/** The shipped release (never duplicate these by hand). */
export const FORENSIC_CONFIG: ForensicConfig = check(raw);

/** Name the ORT model loader is asked for ('gan-forensic-int8' → models/gan-forensic-int8.onnx). */
export const FORENSIC_MODEL_NAME = FORENSIC_CONFIG.model.replace(/\.onnx$/, '');
