import * as v from 'valibot';
import { httpUrl, LIMITS } from '../../core/fields';
import { VerdictSchema } from '../../core/verdict';
import { AccountEvidenceViewSchema } from './evidence-view';
import { parseTargeted } from './parse';

/** How often, at most, per-avatar answers go out for one request after its first (ms). */
export const PUSH_WINDOW_MS = 100;

/** A request's id for the per-avatar answers that come before its whole answer. */
export const requestId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

/**
 * offscreen → background: URLs of an offscreen-analyze batch, sent as soon as they are analysed, so an
 * ordinary avatar does not wait for the slow ones of its batch. The batch's whole answer still follows.
 */
export const AnalysedPushSchema = v.object({
  target: v.literal('background'),
  type: v.literal('analysed'),
  batch: requestId,
  results: v.pipe(v.array(v.object({ url: httpUrl, verdict: VerdictSchema })), v.minLength(1), v.maxLength(LIMITS.batch)),
});
export type AnalysedPush = v.InferOutput<typeof AnalysedPushSchema>;

/** Parse the offscreen document's per-URL push; null for anything else. */
export function parseAnalysedPush(raw: unknown): AnalysedPush | null {
  return parseTargeted('background', AnalysedPushSchema, raw);
}

/**
 * background → content (tabs.sendMessage to the requesting frame): items of an analyze request, sent when
 * their verdicts are stored and their accounts' evidence gathered (the first at once, then at most one
 * message per PUSH_WINDOW_MS, utils/leading-batcher.ts). The request's whole answer still follows
 * and carries every item, so a lost push only delays a badge.
 */
export const VerdictPushSchema = v.object({
  target: v.literal('content'),
  type: v.literal('verdict'),
  request: requestId,
  items: v.pipe(
    v.array(v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.batch - 1)), url: v.string(), verdict: VerdictSchema, account: v.nullable(AccountEvidenceViewSchema) })),
    v.minLength(1),
    v.maxLength(LIMITS.batch),
  ),
});
export type VerdictPush = v.InferOutput<typeof VerdictPushSchema>;

/** Parse the background's per-avatar push; null for anything else. */
export function parseVerdictPush(raw: unknown): VerdictPush | null {
  return parseTargeted('content', VerdictPushSchema, raw);
}
