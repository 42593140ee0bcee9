import * as v from 'valibot';
import { urlBatch } from '../../core/fields';
import { parseTargeted } from './parse';
import { requestId } from './per-avatar';

/** background → offscreen: fetch + analyse these image URLs (answered with an AnalyzeResponse). */
export const OffscreenAnalyzeSchema = v.object({
  target: v.literal('offscreen'),
  type: v.literal('offscreen-analyze'),
  urls: urlBatch,
  /** With an id, each URL's verdict is also pushed as soon as it is done (per-avatar.ts: AnalysedPush). */
  batch: v.optional(requestId),
});
export type OffscreenAnalyze = v.InferOutput<typeof OffscreenAnalyzeSchema>;

/** Every message the offscreen document answers. */
export const OffscreenMessageSchema = v.variant('type', [OffscreenAnalyzeSchema]);
export type OffscreenMessage = v.InferOutput<typeof OffscreenMessageSchema>;

/** Parse a message meant for the offscreen document; null for anything else. */
export function parseOffscreenMessage(raw: unknown): OffscreenMessage | null {
  return parseTargeted('offscreen', OffscreenMessageSchema, raw);
}
