import * as v from 'valibot';
import { httpUrl, LIMITS } from './fields';
import { OccurrenceSchema } from './occurrence';
import { RiskViewSchema, type RiskView } from './risk-view';
import { VerdictSchema, type ImageVerdict } from './verdict';

/** content → background: analyse these avatars (and record these sightings). */
export const AnalyzeRequestSchema = v.object({
  target: v.literal('background'),
  type: v.literal('analyze'),
  items: v.pipe(v.array(v.object({ url: httpUrl, occurrence: OccurrenceSchema })), v.minLength(1), v.maxLength(LIMITS.batch)),
});
export type AnalyzeRequest = v.InferOutput<typeof AnalyzeRequestSchema>;

/**
 * background → content, and offscreen → background: results in request order; `risk` is present when the
 * background could assess the account (the offscreen document sends none).
 */
export const AnalyzeResponseSchema = v.object({
  results: v.array(v.object({ url: v.string(), verdict: VerdictSchema, risk: v.optional(v.nullable(RiskViewSchema)) })),
});
export type AnalyzeResponse = v.InferOutput<typeof AnalyzeResponseSchema>;

/** One entry of an analyse response. */
export type UrlVerdict = AnalyzeResponse['results'][number];

/** What a badge shows for one sighting: the avatar's verdict and, when the store could assess the account, its fused risk. */
export interface AuthorVerdict {
  verdict: ImageVerdict;
  risk: RiskView | null;
}
