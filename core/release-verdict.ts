/**
 * The part of an image verdict that the release's default decides: the analysis stores it with the
 * figures, for the CLI's `scan`, `batch`'s images table and the export (provenance). What a badge
 * shows is judged again from the figures at the user's settings (core/judge.ts).
 */
import type { RiskBand } from './verdict';
import { bandOf, decide, eyesMatch as policyEyesMatch, scoreOf, shapeReasons, stageReasons, textureCheckable, type StageFigures } from './image-policy';
import { reasonText } from './reason-text';
import { ENGLISH_VOICE } from './i18n/translate';
import type { Decision } from './reasons';

export type { StageFigures } from './image-policy';
export { everyFaceFlagged, eyePixelsOf, figuresOf } from './image-policy';

/** Score, decision, band and reasons of a face at the release's default threshold. */
export function releaseVerdict(f: StageFigures, size: { width: number; height: number }): { score: number; decision: Decision; band: RiskBand; reasons: string[] } {
  return { score: scoreOf(f), decision: decide(f), band: bandOf(f), reasons: [...stageReasons(f), ...shapeReasons(size)].map((r) => reasonText(r, ENGLISH_VOICE)) };
}

/** The reasons of an image without a face. */
export function noFaceReasons(): string[] {
  return [reasonText({ id: 'no-face' }, ENGLISH_VOICE)];
}

/** True when the eyes sit where StyleGAN puts them (stage 1): the pipeline runs stage 2 only then. */
export function eyesMatch(eyeDistance: number): boolean {
  return policyEyesMatch(eyeDistance);
}

/**
 * True when stage 2 decides this face: the eyes match and there are enough pixels between them for the
 * texture check. The pipeline runs stage 2 only then, so most avatars never pay for it.
 */
export function textureDecides(eyeDistance: number, eyePixels: number): boolean {
  return policyEyesMatch(eyeDistance) && textureCheckable(eyePixels);
}
