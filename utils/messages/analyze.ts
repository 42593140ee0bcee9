import * as v from 'valibot';
import { httpUrl, LIMITS } from '../../core/fields';
import { OccurrenceSchema } from '../../core/sighting-schema';
import { AccountEvidenceViewSchema, type AccountEvidenceView } from './evidence-view';
import { VerdictSchema, type ImageVerdict } from '../../core/verdict';
import { requestId } from './per-avatar';

/** content → background: analyse these avatars (and record these sightings). */
export const AnalyzeRequestSchema = v.object({
  target: v.literal('background'),
  type: v.literal('analyze'),
  items: v.pipe(v.array(v.object({ url: httpUrl, occurrence: OccurrenceSchema })), v.minLength(1), v.maxLength(LIMITS.batch)),
  /** The page load the sightings come from: an id the content script makes once per load (docs/threat-model.md). */
  load: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/))),
  /** With an id, each item is also pushed to the asking frame as soon as it is answered (per-avatar.ts). */
  request: v.optional(requestId),
});
export type AnalyzeRequest = v.InferOutput<typeof AnalyzeRequestSchema>;

/**
 * background → content, and offscreen → background: results in request order; `account` is present when the
 * background could gather the account's evidence (the offscreen document sends none).
 */
export const AnalyzeResponseSchema = v.object({
  results: v.array(v.object({ url: v.string(), verdict: VerdictSchema, account: v.optional(v.nullable(AccountEvidenceViewSchema)) })),
});
export type AnalyzeResponse = v.InferOutput<typeof AnalyzeResponseSchema>;

/** One entry of an analyse response. */
export type UrlVerdict = AnalyzeResponse['results'][number];

/** The evidence a badge is judged on: the avatar's verdict and, when the store could gather it, the account's. */
export interface AuthorVerdict {
  verdict: ImageVerdict;
  account: AccountEvidenceView | null;
}
