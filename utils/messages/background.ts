import * as v from 'valibot';
import { AnalyzeRequestSchema } from './analyze';
import { parseTargeted } from './parse';
import { TabCountsRequestSchema } from './tab-counts';

/** Every message the background answers. */
export const BackgroundMessageSchema = v.variant('type', [AnalyzeRequestSchema, TabCountsRequestSchema]);
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>;

/** Parse a message meant for the background; null for anything else (other targets, junk). */
export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  return parseTargeted('background', BackgroundMessageSchema, raw);
}
