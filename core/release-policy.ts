/**
 * The verdict policy as the stage-2 model release wrote it into its config.json (models/training/export.py):
 * the eye-match limit, the default flag, the avatar's risk points and the measured rates the reasons
 * quote. Validated at import, so a bad re-export fails loudly here; nothing in the app restates these.
 */
import * as v from 'valibot';
import raw from '../models/gan-forensic/config.json' with { type: 'json' };

const probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** The `policy` section of a stage-2 release's config.json. */
export const VerdictPolicySchema = v.object({
  version: v.string(),
  /** Stage 1: the eyes match below this GANEyeDistance (fractions of the width). */
  eyeMatchBelow: v.pipe(v.number(), v.minValue(0), v.maxValue(0.2)),
  /** Stage 2 decides only where the eyes are at least this many pixels apart; smaller faces are "too small". */
  minEyePixels: v.pipe(v.number(), v.minValue(0), v.maxValue(200)),
  /** Stage 2's default flag: the calibrated probability the popup's threshold starts at. */
  flagProbability: probability,
  /** The stricter cut-off of the "every face" option, for faces whose eyes do not match (re-crops). */
  everyFaceProbability: probability,
  /** Risk points of a flagged avatar, and of one whose eyes match while the texture check finds nothing. */
  riskPoints: v.object({ flagged: v.number(), eyesOnly: v.number() }),
  /** Measured rates the reasons quote: the shipped int8 model through the app's pipeline, test sources, 400 px. */
  quoted: v.object({ ganEyeMatch: probability, ganRecall: probability, alignedRealFlagged: probability, alignedRealEyeMatch: probability, wildRealFlagged: probability }),
});

export type VerdictPolicy = v.InferOutput<typeof VerdictPolicySchema>;

function check(c: unknown): VerdictPolicy {
  const r = v.safeParse(v.object({ policy: VerdictPolicySchema }), c);
  if (!r.success) throw new Error(`[sockscope:policy] the model release's config.json has no valid verdict policy: ${v.summarize(r.issues)}`);
  return r.output.policy;
}

/** The shipped release's verdict policy. */
export const POLICY: VerdictPolicy = check(raw);
