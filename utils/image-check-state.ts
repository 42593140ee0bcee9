import * as v from 'valibot';
import { VerdictSchema } from '../core/verdict';

/**
 * A right-click image check as the check-image page shows it. The background keeps it in storage.session
 * (no new message type needed, and it survives the page opening before the verdict is in).
 */
export const ImageCheckStateSchema = v.variant('state', [
  v.object({ state: v.literal('checking'), url: v.string() }),
  v.object({ state: v.literal('denied'), url: v.string() }),
  v.object({ state: v.literal('done'), url: v.string(), verdict: VerdictSchema }),
]);
export type ImageCheckState = v.InferOutput<typeof ImageCheckStateSchema>;

/** storage.session key of one check. */
export const imageCheckKey = (id: string): string => `check-image:${id}`;

/** A stored check as the check-image page reads it; null for anything else (missing, older, corrupt). */
export function parseImageCheckState(raw: unknown): ImageCheckState | null {
  const r = v.safeParse(ImageCheckStateSchema, raw);
  return r.success ? r.output : null;
}
