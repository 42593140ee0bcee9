/**
 * The stage-2 model's settings, as the model release wrote them into
 * models/gan-forensic/config.json (models/training/export.py). Validated at import: a bad re-export fails loudly here
 * rather than feeding the model garbage. Nothing in the app restates these numbers. The `policy` section is
 * core's (core/release-policy.ts), which the verdict is decided by.
 */
import * as v from 'valibot';
import raw from '../../models/gan-forensic/config.json' with { type: 'json' };
import { VerdictPolicySchema, type VerdictPolicy } from '../../core/release-policy';

const triple = v.tuple([v.number(), v.number(), v.number()]);

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
  policy: VerdictPolicySchema,
});

export type ForensicConfig = v.InferOutput<typeof ForensicConfigSchema>;
export type { VerdictPolicy };

function check(c: unknown): ForensicConfig {
  const r = v.safeParse(ForensicConfigSchema, c);
  if (!r.success) throw new Error(`[sockscope:forensic] models/gan-forensic/config.json is not a stage-2 release: ${v.summarize(r.issues)}`);
  return r.output;
}

/** The shipped release (never duplicate these by hand). */
export const FORENSIC_CONFIG: ForensicConfig = check(raw);

/** Name the ORT model loader is asked for ('gan-forensic-int8' → models/gan-forensic/gan-forensic-int8.onnx). */
export const FORENSIC_MODEL_NAME = FORENSIC_CONFIG.model.replace(/\.onnx$/, '');
