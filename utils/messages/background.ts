import * as v from 'valibot';
import { AnalyzeRequestSchema } from './analyze';
import { isTargeted } from './parse';
import { TabCountsRequestSchema } from './tab-counts';

/** Every message the background answers. */
export const BackgroundMessageSchema = v.variant('type', [AnalyzeRequestSchema, TabCountsRequestSchema]);
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>;

/** Parse a message meant for the background; null for anything else (other targets, junk). */
export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  if (!isTargeted(raw, 'background')) return null;
  const r = v.safeParse(BackgroundMessageSchema, raw);
  return r.success ? r.output : null;
}
