import * as v from 'valibot';
import { nstr, str } from './fields';

/** A point as fractions (0..1) of the image's width and height. */
export const PointSchema = v.object({ x: v.number(), y: v.number() });
export type Point = v.InferOutput<typeof PointSchema>;

/** The three bands a badge shows, for an image score and for an account's fused risk alike. */
export const BandSchema = v.picklist(['low', 'medium', 'high']);
export type RiskBand = v.InferOutput<typeof BandSchema>;

const reasons = v.pipe(v.array(str(1_000)), v.maxLength(32));

/** What kind of non-photo the avatar looks like (analysis/nonphoto); absent on verdicts made before it existed. */
export const NonPhotoSchema = v.optional(
  v.object({
    /** 0..1: how likely the picture is not a photo of a person. */
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    kind: v.picklist(['photo', 'illustration', 'graphic', 'platform-default']),
  }),
);
export type NonPhoto = NonNullable<v.InferOutput<typeof NonPhotoSchema>>;

/** What one look at one avatar image found. Crosses contexts and goes in IndexedDB in this shape. */
export const VerdictSchema = v.variant('status', [
  v.object({
    status: v.literal('ok'),
    sha256: str(64),
    width: v.number(),
    height: v.number(),
    /** Detected eye centres (from the viewer's point of view: left = smaller x). */
    eyes: v.object({ left: PointSchema, right: PointSchema }),
    /** GANEyeDistance-style distance to the StyleGAN/FFHQ eye positions, in fractions of the width. */
    eyeDistance: v.number(),
    /** 0..1: stage 2's calibrated probability that the face is GAN-made; 0 when stage 1 ruled it out. */
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    /** Stage 2 (the forensic classifier on the aligned face); null when stage 1 did not match and it did not run. */
    forensic: v.nullable(v.object({ logit: v.number(), probability: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) })),
    /** Which stage decided at the release's default threshold: core/image-policy.ts. */
    decision: v.picklist(['eyes-differ', 'too-small', 'eyes-only', 'texture-real', 'flagged']),
    band: BandSchema,
    reasons,
    modelVersion: str(128),
    /** Perceptual hash (hex), for avatar reuse; null until computed. */
    phash: nstr(32),
    nonPhoto: NonPhotoSchema,
  }),
  v.object({
    status: v.literal('no-face'),
    sha256: str(64),
    width: v.number(),
    height: v.number(),
    reasons,
    modelVersion: str(128),
    phash: nstr(32),
    nonPhoto: NonPhotoSchema,
  }),
  /** `error`: a short human reason, e.g. "image too large (9000×9000 px)". */
  v.object({ status: v.literal('error'), error: str(1_000) }),
]);
export type ImageVerdict = v.InferOutput<typeof VerdictSchema>;
