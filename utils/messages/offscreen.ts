import * as v from 'valibot';
import { urlBatch } from '../../core/fields';
import { parseTargeted } from './parse';

/** background → offscreen: fetch + analyse these image URLs (answered with an AnalyzeResponse). */
export const OffscreenAnalyzeSchema = v.object({
  target: v.literal('offscreen'),
  type: v.literal('offscreen-analyze'),
  urls: urlBatch,
});
export type OffscreenAnalyze = v.InferOutput<typeof OffscreenAnalyzeSchema>;

/** Every message the offscreen document answers. */
export const OffscreenMessageSchema = v.variant('type', [OffscreenAnalyzeSchema]);
export type OffscreenMessage = v.InferOutput<typeof OffscreenMessageSchema>;

/** Parse a message meant for the offscreen document; null for anything else. */
export function parseOffscreenMessage(raw: unknown): OffscreenMessage | null {
  return parseTargeted('offscreen', OffscreenMessageSchema, raw);
}
