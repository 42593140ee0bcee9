import * as v from 'valibot';
import { httpUrl, LIMITS } from '../../core/fields';
import { VerdictSchema } from '../../core/verdict';
import { AccountEvidenceViewSchema } from './evidence-view';
import { parseTargeted } from './parse';

/** A request's id for the per-avatar answers that come before its whole answer. */
export const requestId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

/**
 * offscreen → background: one URL of an offscreen-analyze batch, sent as soon as it is analysed, so an
 * ordinary avatar does not wait for the slow ones of its batch. The batch's whole answer still follows.
 */
export const AnalysedPushSchema = v.object({
  target: v.literal('background'),
  type: v.literal('analysed'),
  batch: requestId,
  url: httpUrl,
  verdict: VerdictSchema,
});
export type AnalysedPush = v.InferOutput<typeof AnalysedPushSchema>;

/** Parse the offscreen document's per-URL push; null for anything else. */
export function parseAnalysedPush(raw: unknown): AnalysedPush | null {
  return parseTargeted('background', AnalysedPushSchema, raw);
}

/**
 * background → content (tabs.sendMessage to the requesting frame): one item of an analyze request, sent
 * when its verdict is stored and its account's evidence gathered. The request's whole answer still follows
 * and carries every item, so a lost push only delays a badge.
 */
export const VerdictPushSchema = v.object({
  target: v.literal('content'),
  type: v.literal('verdict'),
  request: requestId,
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.batch - 1)),
  url: v.string(),
  verdict: VerdictSchema,
  account: v.nullable(AccountEvidenceViewSchema),
});
export type VerdictPush = v.InferOutput<typeof VerdictPushSchema>;

/** Parse the background's per-avatar push; null for anything else. */
export function parseVerdictPush(raw: unknown): VerdictPush | null {
  return parseTargeted('content', VerdictPushSchema, raw);
}
